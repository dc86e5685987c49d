package th.obec.esa.ict.forms.api;

import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.platform.security.Actor;

/**
 * A submission was approved. Fired synchronously by {@code SubmissionService} after the approval's
 * step and audit entry, in the approving transaction: an observer's changes commit with the
 * approval, and an observer that throws rolls the whole approval back (nothing half-saved).
 *
 * @param actor the approver as the authority check accepted her: her uid, and whom she acted for
 *     on which basis ({@link Actor#actingFor()}, {@link Actor#basis()}), as the audit records it
 * @param comment the approver's comment, or null
 * @param handover where an observer puts what the approver must be given this once (see {@link Handover})
 */
public record SubmissionApproved(long submissionId, FormCode form, String numberText, Actor actor, String comment,
    Handover handover) {

  /** The person the approver acted for, or null when she approved in her own right. */
  public String actingForUid() {
    return actor.actingFor();
  }
}
