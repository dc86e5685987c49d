package th.obec.esa.ict.integration;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import th.obec.esa.ict.delegation.api.ActingOption;
import th.obec.esa.ict.delegation.api.Authority;
import th.obec.esa.ict.delegation.api.AuthorityDecision;
import th.obec.esa.ict.delegation.api.AuthorityRequest;
import th.obec.esa.ict.delegation.api.Basis;
import th.obec.esa.ict.delegation.authority.ActingService;
import th.obec.esa.ict.forms.port.ApprovalAuthority;
import th.obec.esa.ict.forms.port.AuthorityOption;
import th.obec.esa.ict.forms.port.Authorization;
import th.obec.esa.ict.forms.port.BasisKind;
import th.obec.esa.ict.platform.security.Actor;

/**
 * The forms' approvals go through the one authority check of the delegation module. Acting for
 * someone is explicit (the user has switched to it, so the actor names the person acted for); the
 * check records every use of acting.
 */
@Stateless
@Local(ApprovalAuthority.class)
public class DelegationForForms implements ApprovalAuthority {

  @EJB
  private Authority authority;

  @EJB
  private ActingService acting;

  @Override
  public Authorization require(Actor actor, String power, String unitCode, BigDecimal amount, Set<String> participantUids) {
    AuthorityRequest request = AuthorityRequest.of(power, unitCode).amount(amount)
        .participants(participantUids.toArray(String[]::new));
    AuthorityDecision decision = authority.check(actor, request);
    if (!decision.allowed()) {
      throw decision.toException();
    }
    Actor acted = authority.require(actor, request);
    if (acted.isActingForAnother()) {
      // the forms print "<actor> <wording> <person acted for> ตาม<reference>": give them the reference only
      acted = new Actor(acted.uid(), acted.actingFor(), reference(decision.basis(), acted.basis()), acted.roles());
    }
    return new Authorization(acted, kindOf(decision.basis()));
  }

  /** "คำสั่งที่ 275/2561 ข้อ 1.10" or "การมอบอำนาจเลขที่ 12 (memo)": what the acting rests on, without the wording. */
  static String reference(Basis basis, String fallback) {
    if (basis == null) {
      return fallback;
    }
    return switch (basis.kind()) {
      case STAND_IN, ACTING_HEAD -> "คำสั่งที่ " + basis.orderNumber() + " ข้อ " + basis.dutyNumber();
      case DELEGATION -> "การมอบอำนาจเลขที่ " + basis.delegationId()
          + (basis.reference() == null ? "" : " (" + basis.reference() + ")");
      case OWN, ESCALATION -> fallback;
    };
  }

  @Override
  public List<AuthorityOption> options(String uid, Set<String> roles, String power, String unitCode, BigDecimal amount) {
    return options(uid, roles, power, unitCode, amount, Set.of());
  }

  /**
   * Who may take the decision now is asked with the people it names left out, as the check at the
   * time of the decision does: a holder away whose stand-in is the requester sends it up, and the
   * superior sees it with the escalation basis. A holder recorded away is not offered her own right
   * (the decision is with whoever acts for her); it comes back to her when she returns.
   */
  @Override
  public List<AuthorityOption> options(String uid, Set<String> roles, String power, String unitCode, BigDecimal amount,
      Set<String> participantUids) {
    Actor self = new Actor(uid, null, null, roles);
    AuthorityRequest request = AuthorityRequest.of(power, unitCode).amount(amount)
        .participants(participantUids.toArray(String[]::new));
    List<AuthorityOption> options = new ArrayList<>();
    if (participantUids.contains(uid)) {
      return options;
    }
    AuthorityDecision own = authority.check(self, request);
    if (own.allowed() && own.basis() != null && own.basis().kind() == th.obec.esa.ict.delegation.api.BasisKind.ESCALATION) {
      options.add(AuthorityOption.escalation(own.basis().shortText()));
    } else if (own.allowed() && acting.absenceNow(uid).isEmpty()) {
      options.add(AuthorityOption.own());
    }
    for (ActingOption o : acting.optionsFor(uid)) {
      if (participantUids.contains(o.principalUid())) {
        continue;
      }
      AuthorityDecision d = authority.check(self.actingFor(o.principalUid(), o.basis().shortText()), request);
      if (d.allowed()) {
        options.add(new AuthorityOption(o.principalUid(), d.basis().shortText(), kindOf(d.basis())));
      }
    }
    return options;
  }

  @Override
  public boolean ceilingApplies(String power, String unitCode) {
    return acting.ceilingApplies(power, unitCode);
  }

  @Override
  public java.util.Optional<String> absenceNow(String uid) {
    return acting.absenceNow(uid);
  }

  /** The kind the forms record and print: a stand-in of the head of the office is ACTING_HEAD (รักษาราชการแทน). */
  static BasisKind kindOf(Basis basis) {
    if (basis == null) {
      return BasisKind.OWN;
    }
    return switch (basis.kind()) {
      case STAND_IN -> BasisKind.STAND_IN;
      case ACTING_HEAD -> BasisKind.ACTING_HEAD;
      case DELEGATION -> BasisKind.DELEGATION;
      case ESCALATION -> BasisKind.ESCALATION;
      case OWN -> BasisKind.OWN;
    };
  }
}
