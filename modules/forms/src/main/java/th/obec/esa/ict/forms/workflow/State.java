package th.obec.esa.ict.forms.workflow;

/** Where a submission stands in the manual's flow. */
public enum State {
  DRAFT, SUBMITTED, REVIEWED, APPROVED, IN_PROGRESS, DONE, RETURNED, REJECTED, WITHDRAWN;

  /** Nothing happens to a submission any more. */
  public boolean isFinal() {
    return this == DONE || this == RETURNED || this == REJECTED || this == WITHDRAWN;
  }

  /** Filed and not yet closed: it holds its assets (a loan's booking counts). */
  public boolean isOpen() {
    return this == SUBMITTED || this == REVIEWED || this == APPROVED || this == IN_PROGRESS;
  }
}
