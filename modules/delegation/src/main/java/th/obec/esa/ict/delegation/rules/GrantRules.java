package th.obec.esa.ict.delegation.rules;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a delegation may be used now for a power in a unit, for an amount: in force (not before
 * its start, not from its end or its revocation on), each link of a re-delegation granted by a
 * parent that allowed it and is itself in force, never more than the link above, and the first
 * delegator still holding the power by position, within their own ceiling. Where there is a
 * ceiling, a decision without an amount is refused: a ceiling that a missing amount skips is none.
 */
public final class GrantRules {

  private GrantRules() {}

  /** Empty when the delegation may be used for that amount; else why not (a missing amount where there is a ceiling, too). */
  public static Optional<Refusal> problem(Facts f, Grant g, PowerDef power, String unit, BigDecimal amount) {
    return problem(f, g, power, unit, amount, true);
  }

  /** Empty when the delegation may be used for some amount (the chain, its periods and powers; not the amount). */
  public static Optional<Refusal> problemBesidesAmount(Facts f, Grant g, PowerDef power, String unit) {
    return problem(f, g, power, unit, null, false);
  }

  private static Optional<Refusal> problem(Facts f, Grant g, PowerDef power, String unit, BigDecimal amount,
      boolean checkAmount) {
    Grant current = g;
    Set<Long> seen = new HashSet<>();
    BigDecimal ceiling = power.holderCeiling();
    for (int depth = 0; depth < Facts.MAX_UNIT_DEPTH; depth++) {
      if (!seen.add(current.id())) {
        return Optional.of(new Refusal("delegation.authority.chainBroken", g.id()));
      }
      Optional<Refusal> own = inForce(f, current);
      if (own.isPresent()) {
        return own;
      }
      if (!current.powers().contains(power.code()) || !f.covers(current.unitCode(), unit)) {
        return Optional.of(new Refusal("delegation.authority.exceedsParent", g.id(), current.id()));
      }
      ceiling = min(ceiling, current.ceiling());
      if (current.parentId() == null) {
        Optional<String> holder = f.holderOf(power, unit);
        if (holder.isEmpty() || !holder.get().equals(current.delegatorUid())) {
          return Optional.of(new Refusal("delegation.authority.delegatorLacksPower",
              f.name(current.delegatorUid()), power.nameTh()));
        }
        if (!checkAmount) {
          return Optional.empty();
        }
        if (ceiling != null && amount == null) {
          return Optional.of(new Refusal("delegation.authority.amountRequired", ceiling, g.id()));
        }
        if (amount != null && ceiling != null && amount.compareTo(ceiling) > 0) {
          return Optional.of(new Refusal("delegation.authority.aboveCeiling", amount, ceiling, g.id()));
        }
        return Optional.empty();
      }
      Grant parent = f.grants().get(current.parentId());
      if (parent == null) {
        return Optional.of(new Refusal("delegation.authority.chainBroken", g.id()));
      }
      if (!parent.redelegable() || !f.isDelegate(parent, current.delegatorUid())) {
        return Optional.of(new Refusal("delegation.authority.redelegationNotAllowed", current.id(), parent.id()));
      }
      current = parent;
    }
    return Optional.of(new Refusal("delegation.authority.chainBroken", g.id()));
  }

  /** Empty when the single delegation (not its parents) is in force at the facts' moment. */
  public static Optional<Refusal> inForce(Facts f, Grant g) {
    if (!g.confirmed()) {
      return Optional.of(new Refusal("delegation.authority.pending", g.id()));
    }
    if (f.at().isBefore(g.from())) {
      return Optional.of(new Refusal("delegation.authority.notYetInForce", g.id(), f.show(g.from())));
    }
    if (g.revokedAt() != null && !f.at().isBefore(g.revokedAt())) {
      return Optional.of(new Refusal("delegation.authority.revoked", g.id(), f.show(g.revokedAt()),
          g.revokeReason() == null ? "" : g.revokeReason()));
    }
    if (!f.at().isBefore(g.until())) {
      return Optional.of(new Refusal("delegation.authority.expired", g.id(), f.show(g.until())));
    }
    return Optional.empty();
  }

  static BigDecimal min(BigDecimal a, BigDecimal b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.min(b);
  }
}
