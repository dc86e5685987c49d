package th.obec.esa.ict.delegation.authority;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import th.obec.esa.ict.delegation.api.Authority;
import th.obec.esa.ict.delegation.api.AuthorityDecision;
import th.obec.esa.ict.delegation.api.AuthorityRequest;
import th.obec.esa.ict.delegation.api.BasisKind;
import th.obec.esa.ict.delegation.record.ActingRecordService;
import th.obec.esa.ict.delegation.rules.AuthorityRules;
import th.obec.esa.ict.platform.security.Actor;

/**
 * The authority check over the facts of this very moment (the clock is read at each call), so
 * an absence that ended, a delegation that expired a second ago or was just revoked, stops at once.
 */
@Stateless
@Local(Authority.class)
public class AuthorityService implements Authority {

  @EJB
  private FactsLoader facts;

  @EJB
  private ActingRecordService record;

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public AuthorityDecision check(Actor actor, AuthorityRequest request) {
    return AuthorityRules.check(facts.at(facts.now()), actor, request);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public Actor require(Actor actor, AuthorityRequest request) {
    AuthorityDecision decision = check(actor, request);
    if (!decision.allowed()) {
      throw decision.toException();
    }
    if (decision.basis().kind() != BasisKind.OWN) {
      record.record(actor.uid(), decision.basis(), request);
    }
    return decision.actor();
  }
}
