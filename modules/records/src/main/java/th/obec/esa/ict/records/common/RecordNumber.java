package th.obec.esa.ict.records.common;

/**
 * A record's running number in its form's register for one fiscal year, printed as
 * "F13-2569/001": the form code, the Buddhist-era fiscal year, the running number with at least
 * three digits.
 */
public record RecordNumber(String formCode, int fiscalYear, int running) {

  public RecordNumber {
    if (formCode == null || formCode.isBlank()) {
      throw new IllegalArgumentException("a form code is needed");
    }
    if (fiscalYear < 2400 || fiscalYear > 2700) {
      throw new IllegalArgumentException("a fiscal year is Buddhist era: " + fiscalYear);
    }
    if (running < 1) {
      throw new IllegalArgumentException("running numbers start at 1: " + running);
    }
  }

  public String text() {
    return String.format("%s-%d/%03d", formCode, fiscalYear, running);
  }

  @Override
  public String toString() {
    return text();
  }
}
