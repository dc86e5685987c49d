package th.obec.esa.ict.records.collection;

/** Who is expected to send a return: a unit of the office (by unit code) or a school (by school code). */
public enum SubmitterKind {
  UNIT("กลุ่ม/หน่วยในสำนักงาน", "Office unit"),
  SCHOOL("สถานศึกษา", "School");

  private final String thai;
  private final String english;

  SubmitterKind(String thai, String english) {
    this.thai = thai;
    this.english = english;
  }

  public String thai() {
    return thai;
  }

  public String english() {
    return english;
  }
}
