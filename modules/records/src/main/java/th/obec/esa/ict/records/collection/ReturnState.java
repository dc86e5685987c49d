package th.obec.esa.ict.records.collection;

/**
 * Where one expected return stands, computed from its dates and the clock, never stored:
 * a return sent on the due date is on time, from the next day late; one not sent is waiting
 * until the due date has passed, then overdue.
 */
public enum ReturnState {
  WAITING("รอส่ง", "Waiting"),
  SUBMITTED("ส่งแล้ว (ตรงเวลา)", "Submitted on time"),
  LATE("ส่งแล้ว (ล่าช้า)", "Submitted late"),
  OVERDUE("เกินกำหนด ยังไม่ส่ง", "Overdue");

  private final String thai;
  private final String english;

  ReturnState(String thai, String english) {
    this.thai = thai;
    this.english = english;
  }

  public String thai() {
    return thai;
  }

  public String english() {
    return english;
  }

  public boolean isSent() {
    return this == SUBMITTED || this == LATE;
  }
}
