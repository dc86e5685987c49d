package th.obec.esa.ict.records.common;

/**
 * Where an F13 or F16 record stands: recorded (being worked on, editable) or reported (its F15
 * / F17 report issued; frozen until an ICT officer reopens it).
 */
public enum RecordState {
  RECORDED("บันทึกแล้ว", "Recorded"),
  REPORTED("รายงานผลแล้ว", "Reported");

  private final String thai;
  private final String english;

  RecordState(String thai, String english) {
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
