package th.obec.esa.ict.delegation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.obec.esa.ict.delegation.api.ActingResolution;
import th.obec.esa.ict.delegation.api.AuthorityDecision;
import th.obec.esa.ict.delegation.api.AuthorityRequest;
import th.obec.esa.ict.delegation.api.Basis;
import th.obec.esa.ict.delegation.api.BasisKind;
import th.obec.esa.ict.platform.security.Actor;

/**
 * May this actor use this power here, now? Nobody decides a request they made or that names them,
 * and nobody decides one on behalf of a person it names. Acting for someone is explicit (the actor
 * says for whom) and is checked again here: as the stand-in the order puts first at this moment,
 * or as the delegate of a delegation in force whose first delegator holds the power. Ceilings are
 * the smallest along the way, the holder's own included. A holder recorded as absent does not
 * decide in her own right until her absence ends: her power is then with whoever acts for her.
 */
public final class AuthorityRules {

  private AuthorityRules() {}

  public static AuthorityDecision check(Facts f, Actor actor, AuthorityRequest req) {
    PowerDef power = f.power(req.power()).orElse(null);
    if (power == null) {
      return AuthorityDecision.refuse("delegation.power.unknown", req.power());
    }
    if (req.participants().contains(actor.uid())) {
      return AuthorityDecision.refuse("delegation.authority.ownRequest", f.name(actor.uid()));
    }
    if (actor.isActingForAnother() && req.participants().contains(actor.actingFor())) {
      return AuthorityDecision.refuse("delegation.authority.principalsRequest", f.name(actor.actingFor()));
    }
    return actor.isActingForAnother() ? asActingFor(f, actor, req, power) : asSelf(f, actor, req, power);
  }

  private static AuthorityDecision asSelf(Facts f, Actor actor, AuthorityRequest req, PowerDef power) {
    String uid = actor.uid();
    if (f.holderOf(power, req.unitCode()).filter(uid::equals).isPresent()) {
      if (f.absence(uid).isPresent()) {
        // DOMAIN §6: while the holder is absent the first available stand-in (or a delegate, or the
        // superior) acts; the holder ends her absence first, so the power is never used twice at once
        return AuthorityDecision.refuse("delegation.authority.holderAway", f.name(uid), f.absence(uid).get());
      }
      return withinCeiling(req.amount(), power.holderCeiling(), actor, Basis.own(uid, f.name(uid)));
    }
    ActingResolution res = ActingResolver.resolve(f, req.power(), req.unitCode(), req.participants());
    if (res.found() && uid.equals(res.actorUid()) && res.basis().kind() == BasisKind.ESCALATION) {
      Actor escalated = new Actor(uid, null, res.basis().shortText(), actor.roles());
      return withinCeiling(req.amount(), power.holderCeiling(), escalated, res.basis());
    }
    if (res.found() && uid.equals(res.actorUid()) && res.basis().kind().isActingForAnother()) {
      return AuthorityDecision.refuse("delegation.authority.switchFirst", res.basis().principalName());
    }
    for (Grant g : ActingResolver.newestFirst(f)) {
      if (f.isDelegate(g, uid) && g.powers().contains(power.code()) && f.covers(g.unitCode(), req.unitCode())
          && GrantRules.inForce(f, g).isEmpty()) {
        return AuthorityDecision.refuse("delegation.authority.switchFirst", f.name(f.rootDelegatorOf(g).orElse(null)));
      }
    }
    return AuthorityDecision.refuse("delegation.authority.notHolder", power.nameTh(), req.unitCode(),
        f.holderOf(power, req.unitCode()).map(f::name).orElse("-"));
  }

  private static AuthorityDecision asActingFor(Facts f, Actor actor, AuthorityRequest req, PowerDef power) {
    String uid = actor.uid();
    String principal = actor.actingFor();
    ActingResolution res = ActingResolver.resolve(f, req.power(), req.unitCode(), req.participants());
    if (res.found() && uid.equals(res.actorUid()) && principal.equals(res.basis().principalUid())
        && (res.basis().kind() == BasisKind.STAND_IN || res.basis().kind() == BasisKind.ACTING_HEAD)) {
      return withinCeiling(req.amount(), power.holderCeiling(), actor.actingFor(principal, res.basis().shortText()),
          res.basis());
    }
    List<Refusal> problems = new ArrayList<>();
    for (Grant g : ActingResolver.newestFirst(f)) {
      if (!f.isDelegate(g, uid) || !g.powers().contains(power.code()) || !f.covers(g.unitCode(), req.unitCode())
          || !f.rootDelegatorOf(g).filter(principal::equals).isPresent()) {
        continue;
      }
      Optional<Refusal> problem = GrantRules.problem(f, g, power, req.unitCode(), req.amount());
      if (problem.isEmpty()) {
        Basis basis = ActingResolver.delegationBasis(f, principal, g);
        return AuthorityDecision.allow(actor.actingFor(principal, basis.shortText()), basis);
      }
      problems.add(problem.get());
    }
    if (!problems.isEmpty()) {
      Refusal first = problems.stream().filter(r -> r.key().endsWith("aboveCeiling") || r.key().endsWith("amountRequired"))
          .findFirst().orElse(problems.get(0));
      return AuthorityDecision.refuse(first.key(), first.args());
    }
    if (f.holderOf(power, req.unitCode()).filter(principal::equals).isEmpty()) {
      return AuthorityDecision.refuse("delegation.authority.principalLacksPower", f.name(principal), power.nameTh());
    }
    return AuthorityDecision.refuse("delegation.authority.notActingNow", f.name(principal),
        res.found() ? res.actorName() : "-");
  }

  private static AuthorityDecision withinCeiling(BigDecimal amount, BigDecimal ceiling, Actor actor, Basis basis) {
    if (ceiling != null && amount == null) {
      return AuthorityDecision.refuse("delegation.authority.amountRequiredOwn", ceiling);
    }
    if (amount != null && ceiling != null && amount.compareTo(ceiling) > 0) {
      return AuthorityDecision.refuse("delegation.authority.aboveOwnCeiling", amount, ceiling);
    }
    return AuthorityDecision.allow(actor, basis);
  }
}
