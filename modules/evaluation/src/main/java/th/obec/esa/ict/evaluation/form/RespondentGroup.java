package th.obec.esa.ict.evaluation.form;

/** Who answered: the F12 counts respondents per group. */
public enum RespondentGroup {
  /** บุคลากรในสำนักงาน */
  OFFICE_STAFF("บุคลากรในสำนักงาน", "Office staff"),
  /** บุคลากรในสถานศึกษา; the school's name is asked. */
  SCHOOL_STAFF("บุคลากรในสถานศึกษา", "School staff"),
  /** ประชาชนทั่วไป/ผู้เกี่ยวข้อง; F20 only, anonymous. */
  PUBLIC("ประชาชนทั่วไป/ผู้เกี่ยวข้อง", "General public / stakeholders");

  private final String thai;
  private final String english;

  RespondentGroup(String thai, String english) {
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
