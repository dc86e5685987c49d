package th.obec.esa.ict.records.collection;

/** A submitter expected in a round: a unit of the office by its unit code, or a school by its 8- or 10-digit code. */
public record SubmitterInput(SubmitterKind kind, String code, String name) {

  public static SubmitterInput unit(String code, String name) {
    return new SubmitterInput(SubmitterKind.UNIT, code, name);
  }

  public static SubmitterInput school(String code, String name) {
    return new SubmitterInput(SubmitterKind.SCHOOL, code, name);
  }
}
