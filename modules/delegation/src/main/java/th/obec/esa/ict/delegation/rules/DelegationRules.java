package th.obec.esa.ict.delegation.rules;

import java.math.BigDecimal;
import java.util.Optional;
import th.obec.esa.ict.delegation.api.DelegateKind;
import th.obec.esa.ict.delegation.api.InvalidDelegationException;
import th.obec.esa.ict.delegation.api.NewDelegation;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;

/**
 * Whether a delegation may be created: by the delegator themself (or the organisation's data
 * administrator entering a signed order), time-bounded, never more than the delegator holds by
 * position (powers and ceiling) or, when re-delegating, than the delegation received, which must
 * allow it and be in force.
 */
public final class DelegationRules {

  private DelegationRules() {}

  /** @throws InvalidDelegationException naming the field and the reason */
  public static void validate(Facts f, Actor actor, NewDelegation n) {
    boolean administrator = actor.hasRole(Roles.ORG_ADMIN);
    if (!administrator && (actor.isActingForAnother() || !actor.uid().equals(n.delegatorUid()))) {
      throw new InvalidDelegationException("delegator", "delegation.delegation.notYours");
    }
    require(n.delegatorUid() != null && !n.delegatorUid().isBlank(), "delegator", "delegation.delegation.delegator.required");
    require(n.delegateKind() != null && n.delegateRef() != null && !n.delegateRef().isBlank(), "delegate",
        "delegation.delegation.delegate.required");
    require(!(n.delegateKind() == DelegateKind.PERSON && n.delegateRef().equals(n.delegatorUid())), "delegate",
        "delegation.delegation.delegate.self");
    require(!n.powers().isEmpty(), "powers", "delegation.delegation.powers.required");
    for (String code : n.powers()) {
      require(f.power(code).isPresent(), "powers", "delegation.power.unknown", code);
    }
    require(n.unitCode() != null && !n.unitCode().isBlank(), "unit", "delegation.delegation.unit.required");
    require(n.from() != null && n.until() != null && n.from().isBefore(n.until()), "until",
        "delegation.delegation.period.invalid");
    require(n.until().isAfter(f.at()), "until", "delegation.delegation.period.past");
    require(blankToNull(n.basisOrder()) != null || blankToNull(n.basisMemo()) != null, "basis",
        "delegation.delegation.basis.required");
    require(n.ceiling() == null || n.ceiling().signum() >= 0, "ceiling", "delegation.delegation.ceiling.negative");
    if (n.parentId() == null) {
      validateFirstHand(f, n);
    } else {
      validateRedelegation(f, n);
    }
  }

  private static void validateFirstHand(Facts f, NewDelegation n) {
    for (String code : n.powers()) {
      PowerDef p = f.power(code).orElseThrow();
      require(f.holderOf(p, n.unitCode()).filter(n.delegatorUid()::equals).isPresent(), "powers",
          "delegation.delegation.notDelegatorsPower", p.nameTh(), f.name(n.delegatorUid()));
      requireWithin(n.ceiling(), p.holderCeiling());
    }
  }

  private static void validateRedelegation(Facts f, NewDelegation n) {
    Grant parent = f.grants().get(n.parentId());
    require(parent != null, "parent", "delegation.delegation.parent.notFound", n.parentId());
    require(f.isDelegate(parent, n.delegatorUid()), "parent", "delegation.delegation.notParentsDelegate",
        n.parentId());
    require(parent.redelegable(), "parent", "delegation.delegation.redelegationNotAllowed", n.parentId());
    for (String code : n.powers()) {
      PowerDef p = f.power(code).orElseThrow();
      require(parent.powers().contains(code), "powers", "delegation.delegation.exceedsParent", p.nameTh(),
          n.parentId());
      Optional<Refusal> problem = GrantRules.problem(f, parent, p, n.unitCode(), null);
      problem.ifPresent(r -> {
        throw new InvalidDelegationException("parent", r.key(), r.args());
      });
      requireWithin(n.ceiling(), GrantRules.min(p.holderCeiling(), parent.ceiling()));
    }
    require(f.covers(parent.unitCode(), n.unitCode()), "unit", "delegation.delegation.outsideParentUnit",
        parent.unitCode());
    require(!n.from().isBefore(parent.from()) && !n.until().isAfter(parent.until()), "until",
        "delegation.delegation.period.outsideParent", f.show(parent.from()), f.show(parent.until()));
  }

  private static void requireWithin(BigDecimal ceiling, BigDecimal own) {
    if (own != null && (ceiling == null || ceiling.compareTo(own) > 0)) {
      throw new InvalidDelegationException("ceiling", "delegation.delegation.aboveOwnCeiling", own);
    }
  }

  private static void require(boolean ok, String field, String key, Object... args) {
    if (!ok) {
      throw new InvalidDelegationException(field, key, args);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
