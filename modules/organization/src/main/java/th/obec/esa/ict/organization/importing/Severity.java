package th.obec.esa.ict.organization.importing;

/** INFO and WARNING are saved with the file (warnings flagged for review); one FATAL rejects the whole file. */
public enum Severity {
  INFO,
  WARNING,
  FATAL
}
