package th.obec.esa.ict.forms.workflow;

/** What someone does to a submission. */
public enum Transition {
  /** The requester files the draft; it gets its running number. */
  SUBMIT,
  /** The ICT unit checks it and passes it on for approval. */
  REVIEW,
  /** The director, or whoever acts for them or holds the delegated power, approves. */
  APPROVE,
  /** Refused, with a reason, by the reviewer or the approver. */
  REJECT,
  /** The ICT unit hands the job to an assignee (again, to reassign); a loan is handed out. */
  ASSIGN,
  /** The job is done; a loan is returned with its condition checked. */
  COMPLETE,
  /** The job is given back to the requester undone, with a reason (e.g. beyond repair). */
  RETURN,
  /**
   * Sent back to the requester for correction (ส่งคืนแก้ไข), with a comment saying what to correct: by
   * the ICT unit before review, by the approver after it. The requester corrects and submits again.
   */
  SEND_BACK,
  /** The requester takes it back before approval. */
  WITHDRAW
}
