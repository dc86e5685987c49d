package th.obec.esa.ict.delegation.rules;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import th.obec.esa.ict.delegation.InMemoryOrganization;
import th.obec.esa.ict.delegation.api.DelegateKind;
import th.obec.esa.ict.delegation.api.PowerLevel;
import th.obec.esa.ict.delegation.api.Powers;
import th.obec.esa.ict.platform.time.OfficeTime;

/** Builds the facts of a test: order 275/2561, the catalogue of powers, absences and delegations at a moment. */
final class Scenario {

  static final OffsetDateTime NOW = OffsetDateTime.parse("2025-06-02T10:00:00+07:00");

  final InMemoryOrganization org = InMemoryOrganization.order275();
  final Map<String, String> absences = new HashMap<>();
  final Map<String, PowerDef> powers = new LinkedHashMap<>();
  final Map<Long, Grant> grants = new LinkedHashMap<>();
  OffsetDateTime at = NOW;

  Scenario() {
    power(Powers.APPROVE_USE_REQUEST, PowerLevel.UNIT, null);
    power(Powers.APPROVE_REPAIR, PowerLevel.OFFICE, null);
    power(Powers.APPROVE_LOAN, PowerLevel.UNIT, null);
    power(Powers.APPROVE_ACCESS, PowerLevel.UNIT, null);
    power(Powers.SIGN_REPORT, PowerLevel.OFFICE, null);
  }

  Scenario power(String code, PowerLevel level, String holderCeiling) {
    powers.put(code, new PowerDef(code, "อำนาจ " + code, level, holderCeiling == null ? null : new BigDecimal(holderCeiling)));
    return this;
  }

  Scenario absent(String... uids) {
    for (String uid : uids) {
      absences.put(uid, "LEAVE");
    }
    return this;
  }

  Scenario at(OffsetDateTime t) {
    this.at = t;
    return this;
  }

  /** A delegation in force from a day before {@link #NOW} to thirty days after. */
  Grant grant(long id, String delegator, String delegate, String ceiling, String unit, String... powerCodes) {
    return grant(new Grant(id, delegator, DelegateKind.PERSON, delegate, Set.of(powerCodes),
        ceiling == null ? null : new BigDecimal(ceiling), unit, NOW.minusDays(1), NOW.plusDays(30), "312/2568", null,
        false, null, null, null));
  }

  Grant grant(Grant g) {
    grants.put(g.id(), g);
    return g;
  }

  Facts facts() {
    return new Facts(at, OfficeTime.ZONE, org, absences, powers, grants);
  }

  static Grant with(Grant g, Boolean redelegable, Long parentId, OffsetDateTime until, OffsetDateTime revokedAt) {
    return new Grant(g.id(), g.delegatorUid(), g.delegateKind(), g.delegateRef(), g.powers(), g.ceiling(), g.unitCode(),
        g.from(), until == null ? g.until() : until, g.basisOrder(), g.basisMemo(),
        redelegable == null ? g.redelegable() : redelegable, parentId == null ? g.parentId() : parentId,
        revokedAt == null ? g.revokedAt() : revokedAt, revokedAt == null ? g.revokeReason() : "ยกเลิกการมอบอำนาจ");
  }
}
