package th.obec.esa.ict.organization.importing;

import java.io.Serializable;

/**
 * One finding of an import: the file row (0 for the file as a whole), what was found, the value
 * concerned, and, through the code, what the import did about it.
 */
public record ImportAnomaly(int row, AnomalyCode code, String value) implements Serializable {

  public Severity severity() {
    return code.severity();
  }

  public boolean isFatal() {
    return code.severity() == Severity.FATAL;
  }

  @Override
  public String toString() {
    return "row " + row + ": " + code.what() + (value == null ? "" : " [" + value + "]") + " -> " + code.done();
  }
}
