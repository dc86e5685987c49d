package th.obec.esa.ict.forms.submission;

/** What a submission in someone's inbox waits for from them. */
public enum Task {
  REVIEW, APPROVE, ASSIGN, CARRY_OUT,
  /** The requester's own request, sent back to be corrected and submitted again. */
  CORRECT
}
