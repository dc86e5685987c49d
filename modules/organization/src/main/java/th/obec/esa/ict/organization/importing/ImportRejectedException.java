package th.obec.esa.ict.organization.importing;

import th.obec.esa.ict.organization.OrganizationException;

/**
 * A file had at least one fatal anomaly, so nothing of it was saved. The message names the first
 * fatal row and reason; the report lists every finding.
 */
public class ImportRejectedException extends OrganizationException {

  private static final long serialVersionUID = 1L;

  private final ImportReport report;

  public ImportRejectedException(ImportReport report) {
    super("organization.import.rejected", report.firstFatal().map(ImportAnomaly::row).orElse(0),
        report.firstFatal().map(a -> a.code().key()).orElse(""),
        report.firstFatal().map(ImportAnomaly::value).orElse(""));
    this.report = report;
  }

  public ImportReport report() {
    return report;
  }

  public ImportAnomaly firstFatal() {
    return report.firstFatal().orElseThrow();
  }
}
