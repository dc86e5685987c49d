package th.obec.esa.ict.forms.api;

/**
 * A submission took a step of its flow (submitted, reviewed, approved, rejected, sent back,
 * assigned, completed, returned, withdrawn). Fired synchronously by {@code SubmissionService}
 * after every step and its audit entry, in the same transaction, so an observer's writes (the
 * notifications' outbox) commit or roll back with the step. Plain values only, so an observer
 * needs nothing but this package.
 *
 * @param form the form's code, "F03"
 * @param formName the form's Thai name
 * @param transition the step taken: SUBMIT, REVIEW, APPROVE, REJECT, SEND_BACK, ASSIGN, COMPLETE,
 *     RETURN, WITHDRAW
 * @param state the submission's state after the step
 * @param requesterUid the requester's user id (null for a school contact typed in by the office)
 * @param createdBy who typed the request in
 * @param actorUid who took the step
 * @param comment the step's comment or reason, or null
 */
public record SubmissionStepped(long submissionId, String form, String formName, String numberText, String subject,
    String transition, String state, String requesterUid, String createdBy, String actorUid, String comment) {

  /** The same step with this comment. */
  public SubmissionStepped withComment(String text) {
    return new SubmissionStepped(submissionId, form, formName, numberText, subject, transition, state, requesterUid,
        createdBy, actorUid, text);
  }

  /** Whether this step is a decision on the request its requester hears of: decided, sent back, done or returned. */
  public boolean decidesForRequester() {
    return switch (transition) {
      case "APPROVE", "REJECT", "SEND_BACK", "COMPLETE", "RETURN" -> true;
      default -> false;
    };
  }

  /** Whether after this step the request waits for someone (to review, approve, assign, carry out or correct). */
  public boolean leavesWork() {
    return switch (state) {
      case "SUBMITTED", "REVIEWED", "APPROVED", "IN_PROGRESS", "CORRECTION" -> true;
      default -> false;
    };
  }
}
