package th.obec.esa.ict.records.collection;

/** Why a row of an import of expected submitters was refused; each has a message key {@code records.import.<NAME>}. */
public enum RejectReason {
  /** The school code is not 8 or 10 digits. */
  BAD_CODE,
  /** The name is empty. */
  EMPTY_NAME,
  /** The name is longer than 300 characters. */
  NAME_TOO_LONG,
  /** The code appears on an earlier line of the same file. */
  DUPLICATE,
  /** The code is already expected in the round. */
  ALREADY_EXPECTED,
  /** submitted_at is not a date (dd/mm/yyyy B.E., yyyy-mm-dd, optionally with hh:mm). */
  BAD_DATE,
  /** submitted_at is after today. */
  FUTURE_DATE,
  /** The row has fewer than 2 or more than 3 columns. */
  BAD_COLUMNS;

  public String messageKey() {
    return "records.import." + name();
  }
}
