package th.obec.esa.ict.delegation.api;

import jakarta.ejb.Local;
import th.obec.esa.ict.platform.security.Actor;

/**
 * The one authority check every module calls before a decision (approve, sign): a page hiding a
 * button is not a check. It answers from the facts at the time of use (absences, the order in
 * force, delegations not expired or revoked at this moment), so ended authority stops at once.
 *
 * <pre>{@code
 * @EJB Authority authority;
 * Actor signer = authority.require(actor, AuthorityRequest.of(Powers.APPROVE_REPAIR, "ICT")
 *     .amount(cost).participants(request.requesterUid()).subject("repair", id));
 * repair.approve(signer, now);             // signer.actingFor()/basis() say for whom and why
 * audit.record(signer, "forms.repair.approved", "repair", id, null);
 * }</pre>
 */
@Local
public interface Authority {

  /** Whether the actor may use the power now, and on what basis; records nothing. */
  AuthorityDecision check(Actor actor, AuthorityRequest request);

  /**
   * The actor to record the action with (carrying the person acted for and the Thai basis text),
   * after recording the acting use in the caller's transaction.
   *
   * @throws AuthorityRefusedException with a message key and arguments (Thai and English in the
   *     web bundle) when the actor may not; rolls the caller's transaction back
   */
  Actor require(Actor actor, AuthorityRequest request);
}
