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
    // four eyes: whoever types a delegation in can never receive it, not even by heading the unit named
    require(!isDelegateNow(f, n, actor.uid()), "delegate", "delegation.delegation.delegate.enterer",
        f.name(actor.uid()));
    if (enteredForSomeoneElse(actor, n)) {
      require(blankToNull(n.basisOrder()) != null, "basisOrder", "delegation.delegation.basisOrder.required");
    }
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

  /**
   * Whether the delegation is entered by someone other than its delegator (an administrator typing
   * a signed order): it is then pending until a second person confirms it.
   */
  public static boolean enteredForSomeoneElse(Actor actor, NewDelegation n) {
    return actor.isActingForAnother() || !actor.uid().equals(n.delegatorUid());
  }

  /** Whether {@code uid} would be the delegate: named, or heading the unit a position delegation names. */
  static boolean isDelegateNow(Facts f, NewDelegation n, String uid) {
    if (n.delegateKind() == DelegateKind.PERSON) {
      return uid.equals(n.delegateRef().trim());
    }
    return f.org().headOf(n.delegateRef().trim(), f.date()).filter(uid::equals).isPresent();
  }

  /**
   * Who may confirm a pending delegation: the delegator, or an administrator who neither entered it
   * nor receives it; and never before the scan of the signed order is attached.
   *
   * @throws InvalidDelegationException naming the reason
   */
  public static void validateConfirmation(Facts f, Actor actor, Grant g, String enteredBy, boolean hasScan) {
    require(!g.confirmed(), null, "delegation.delegation.confirm.already", g.id());
    require(g.revokedAt() == null && f.at().isBefore(g.until()), null, "delegation.delegation.revoke.ended", g.id());
    require(!actor.isActingForAnother(), null, "delegation.delegation.confirm.notAllowed");
    require(!f.delegateOf(g).filter(actor.uid()::equals).isPresent()
        && !(g.delegateKind() == DelegateKind.PERSON && g.delegateRef().equals(actor.uid())), null,
        "delegation.delegation.confirm.delegate");
    boolean delegator = actor.uid().equals(g.delegatorUid());
    boolean secondAdministrator = actor.hasRole(Roles.ORG_ADMIN) && !actor.uid().equals(enteredBy);
    require(delegator || secondAdministrator, null,
        actor.uid().equals(enteredBy) ? "delegation.delegation.confirm.enterer" : "delegation.delegation.confirm.notAllowed");
    require(hasScan, "scan", "delegation.delegation.scan.required");
  }

  /** Whether the actor may confirm the pending delegation once its scan is attached (for pages to offer the button). */
  public static boolean mayConfirm(Facts f, Actor actor, Grant g, String enteredBy) {
    try {
      validateConfirmation(f, actor, g, enteredBy, true);
      return true;
    } catch (InvalidDelegationException e) {
      return false;
    }
  }

  /** Who may attach the signed order's scan to a pending delegation: its enterer, its delegator, or an administrator. */
  public static boolean mayAttachScan(Actor actor, Grant g, String enteredBy) {
    return !g.confirmed() && (actor.uid().equals(enteredBy) || actor.uid().equals(g.delegatorUid())
        || actor.hasRole(Roles.ORG_ADMIN));
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
      Optional<Refusal> problem = GrantRules.problemBesidesAmount(f, parent, p, n.unitCode());
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
