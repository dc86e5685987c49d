package th.obec.esa.ict.forms.workflow;

/** Where a submission stands in the manual's flow, with its name in Thai and English. */
public enum State {
  DRAFT("ร่าง", "Draft"),
  SUBMITTED("ยื่นแล้ว", "Submitted"),
  REVIEWED("ตรวจสอบแล้ว", "Reviewed"),
  APPROVED("อนุมัติแล้ว", "Approved"),
  IN_PROGRESS("กำลังดำเนินการ", "In progress"),
  DONE("เสร็จสิ้น", "Done"),
  RETURNED("ส่งคืนผู้ขอ", "Returned"),
  /** Sent back to the requester by the reviewer or the approver, with a comment, to be corrected and submitted again. */
  CORRECTION("ส่งคืนแก้ไข", "Returned for correction"),
  REJECTED("ไม่อนุมัติ", "Rejected"),
  WITHDRAWN("ยกเลิกโดยผู้ขอ", "Withdrawn");

  private final String thai;
  private final String english;

  State(String thai, String english) {
    this.thai = thai;
    this.english = english;
  }

  public String thai() {
    return thai;
  }

  public String english() {
    return english;
  }

  /** Nothing happens to a submission any more. */
  public boolean isFinal() {
    return this == DONE || this == RETURNED || this == REJECTED || this == WITHDRAWN;
  }

  /** Filed and not yet closed: it holds its assets (a loan's booking counts). */
  public boolean isOpen() {
    return this == SUBMITTED || this == REVIEWED || this == APPROVED || this == IN_PROGRESS || this == CORRECTION;
  }
}
