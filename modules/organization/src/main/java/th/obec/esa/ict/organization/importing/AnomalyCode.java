package th.obec.esa.ict.organization.importing;

import static th.obec.esa.ict.organization.importing.Severity.FATAL;
import static th.obec.esa.ict.organization.importing.Severity.INFO;
import static th.obec.esa.ict.organization.importing.Severity.WARNING;

/**
 * Everything an import can find wrong or noteworthy in a file, with what it does about it. The
 * texts here are the English fallback for logs and tests; pages render the keys from the
 * bundles ({@code organization.import.anomaly.CODE} and {@code organization.import.action.CODE}).
 */
public enum AnomalyCode {
  UNSUPPORTED_TYPE(FATAL, "the file is neither CSV nor XLSX", "nothing saved"),
  UNREADABLE_FILE(FATAL, "the file cannot be read", "nothing saved"),
  NOT_UTF8(FATAL, "the CSV file is not UTF-8 text", "nothing saved"),
  TOO_MANY_ROWS(FATAL, "the file has more rows than one upload may hold (ict.upload.max-rows)", "nothing saved; split the file"),
  NO_COLUMN_HEADER(FATAL, "the row of column names (with ข้อ and หน้าที่) is missing", "nothing saved"),
  MISSING_COLUMN(FATAL, "a required column is missing", "nothing saved"),
  MISSING_FIELD(FATAL, "a required order field is missing", "nothing saved"),
  BAD_ORDER_NUMBER(FATAL, "the order number is not like 275/2561", "nothing saved"),
  BAD_DATE(FATAL, "not a date in the form dd/mm/yyyy (B.E.)", "nothing saved"),
  NO_DUTIES(FATAL, "the file has no duty rows", "nothing saved"),
  MISSING_UNIT(FATAL, "the unit is missing on the first duty row", "nothing saved"),
  UNKNOWN_UNIT(FATAL, "no unit of the office has this name", "nothing saved"),
  BAD_SEQUENCE(FATAL, "the person's sequence number is not a number", "nothing saved"),
  NO_SEQUENCE(FATAL, "the row belongs to no person (no sequence, no name, no duty number)", "nothing saved"),
  BAD_DUTY_NUMBER(FATAL, "the duty number is not like 1.2.1 nor a list marker", "nothing saved"),
  DUPLICATE_DUTY_NUMBER(FATAL, "the person has this duty number twice", "nothing saved"),
  ITEM_WITHOUT_DUTY(FATAL, "a list line comes before any numbered duty of the person", "nothing saved"),
  MISSING_DUTY_TEXT(FATAL, "the duty text is empty", "nothing saved"),
  TEXT_TOO_LONG(FATAL, "a text is longer than the system keeps", "nothing saved"),
  CONFLICTING_PERSON(FATAL, "two rows of one person (unit and sequence) disagree", "nothing saved"),
  DUPLICATE_PERSON(FATAL, "one name is listed as two persons", "nothing saved"),
  DUPLICATE_POSITION_NUMBER(FATAL, "two persons have the same position number", "nothing saved"),
  CONFLICTING_UID(FATAL, "the directory uid belongs to someone else", "nothing saved"),
  BAD_NAME(FATAL, "a stand-in clause holds no readable name", "nothing saved"),
  SELF_STAND_IN(FATAL, "a person stands in for themself", "nothing saved"),
  ORDER_EXISTS(FATAL, "an order with this number and year is already stored", "nothing saved"),
  SUPERSEDED_NOT_FOUND(FATAL, "the order to supersede is not stored", "nothing saved"),
  SUPERSEDE_INVALID(FATAL, "the order to supersede is not in force or not earlier", "nothing saved"),

  NAME_CUT(WARNING, "the person's name is missing (cut from the source)", "kept as an explicit unknown person (UNKNOWN_NAME), needs review"),
  SEQUENCE_INFERRED(WARNING, "the person's sequence is not printed", "inferred from the duty numbers"),
  PARENT_NOT_PRINTED(WARNING, "the duty's parent number is not in the file", "saved without a parent, with a review note"),
  STAND_IN_NOT_LISTED(WARNING, "a person named in a stand-in clause has no entry in the order", "created as referenced only, needs review"),
  MIXED_DIGITS(WARNING, "Thai and Arabic digits mixed in one value", "normalised to Arabic digits; the printed value is kept"),
  POSITION_NUMBER_WITHOUT_PREFIX(WARNING, "the position number lacks the letter (อ) other numbers have", "kept as printed, nothing added"),
  NUMBER_NOT_OF_PERSON(WARNING, "the duty number does not start with the person's sequence", "kept as printed"),
  OUT_OF_ORDER(WARNING, "the duty number does not follow the one before", "kept in the file's order"),
  POSITION_TITLE_DIFFERS(WARNING, "the stored position with this number has another title", "the stored position is used; the printed title is kept on the entry"),
  ACTING_UNIT_UNKNOWN(WARNING, "the acting role names no unit of the office", "the role text is kept; no unit director is derived from it"),
  STAFF_UNIT_DIFFERS(WARNING, "the stored person belongs to another unit", "the staff record is kept; the entry has the order's unit"),
  UNKNOWN_FIELD(WARNING, "an order field name is not known", "ignored"),
  UNKNOWN_COLUMN(WARNING, "a column name is not known", "ignored"),
  SIGNER_NOT_FOUND(WARNING, "the signer is not a stored person", "the printed name is kept"),

  THAI_DIGITS(INFO, "Thai digits", "normalised to Arabic digits"),
  PERSON_MATCHED(INFO, "the person is already stored", "the stored person is used"),
  PERSON_CREATED(INFO, "the person is new", "created"),
  REFERENCED_NOW_LISTED(INFO, "a person known only from a clause now has an entry", "marked active with this unit and position"),
  STAND_IN_ALREADY_REFERENCED(INFO, "the stand-in is stored as referenced only", "the stored person is used; still needs review"),
  STAND_IN_PRINTED_TWICE(INFO, "one stand-in relation is printed in two clauses", "kept as two clauses of the same relation"),
  EFFECTIVE_FROM_ORDER_DATE(INFO, "no effective date (e.g. \"from now on\")", "in force from the order date");

  private final Severity severity;
  private final String what;
  private final String done;

  AnomalyCode(Severity severity, String what, String done) {
    this.severity = severity;
    this.what = what;
    this.done = done;
  }

  public Severity severity() {
    return severity;
  }

  public String what() {
    return what;
  }

  public String done() {
    return done;
  }

  public String key() {
    return "organization.import.anomaly." + name();
  }

  public String actionKey() {
    return "organization.import.action." + name();
  }
}
