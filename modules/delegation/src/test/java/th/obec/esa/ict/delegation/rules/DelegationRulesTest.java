package th.obec.esa.ict.delegation.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.delegation.InMemoryOrganization;
import th.obec.esa.ict.delegation.api.DelegateKind;
import th.obec.esa.ict.delegation.api.InvalidDelegationException;
import th.obec.esa.ict.delegation.api.NewDelegation;
import th.obec.esa.ict.delegation.api.PowerLevel;
import th.obec.esa.ict.delegation.api.Powers;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;

/** Creating a delegation: time-bounded, never more than the delegator holds, re-delegation only with leave. */
class DelegationRulesTest {

  private static final String OFFICE = InMemoryOrganization.OFFICE;
  private static final OffsetDateTime FROM = Scenario.NOW;
  private static final OffsetDateTime UNTIL = Scenario.NOW.plusDays(14);

  private static NewDelegation repairs(String delegator, String delegate, String ceiling, Long parent) {
    return new NewDelegation(delegator, DelegateKind.PERSON, delegate, Set.of(Powers.APPROVE_REPAIR),
        ceiling == null ? null : new BigDecimal(ceiling), OFFICE, FROM, UNTIL, "312/2568", null, false, parent);
  }

  private static String refusal(Scenario s, Actor actor, NewDelegation n) {
    return assertThrows(InvalidDelegationException.class, () -> DelegationRules.validate(s.facts(), actor, n)).key();
  }

  @Test
  void theDirectorDelegatesRepairsUpTo10000ToNanphat() {
    assertDoesNotThrow(() -> DelegationRules.validate(new Scenario().facts(), Actor.self("director"),
        repairs("director", "nanphat", "10000", null)));
  }

  @Test
  void onlyTheDelegatorOrTheDataAdministratorEntersIt() {
    Scenario s = new Scenario();
    assertEquals("delegation.delegation.notYours", refusal(s, Actor.self("wiparat", Roles.STAFF),
        repairs("director", "nanphat", "10000", null)));
    assertDoesNotThrow(() -> DelegationRules.validate(s.facts(), Actor.self("wiparat", Roles.ORG_ADMIN),
        repairs("director", "nanphat", "10000", null)));
    assertEquals("delegation.delegation.notYours", refusal(s, Actor.self("somchai").actingFor("director", "x"),
        repairs("director", "nanphat", "10000", null)));
  }

  @Test
  void aDelegationNeverExceedsTheDelegatorsOwnPowers() {
    assertEquals("delegation.delegation.notDelegatorsPower",
        refusal(new Scenario(), Actor.self("nanphat"), repairs("nanphat", "khwansiri", null, null)));
  }

  @Test
  void norTheDelegatorsOwnCeiling() {
    Scenario s = new Scenario().power(Powers.APPROVE_REPAIR, PowerLevel.OFFICE, "50000");
    assertEquals("delegation.delegation.aboveOwnCeiling",
        refusal(s, Actor.self("director"), repairs("director", "nanphat", "60000", null)));
    assertEquals("delegation.delegation.aboveOwnCeiling",
        refusal(s, Actor.self("director"), repairs("director", "nanphat", null, null)));
    assertDoesNotThrow(() -> DelegationRules.validate(s.facts(), Actor.self("director"),
        repairs("director", "nanphat", "50000", null)));
  }

  @Test
  void theFormIsComplete() {
    Scenario s = new Scenario();
    Actor d = Actor.self("director");
    assertEquals("delegation.delegation.delegate.self", refusal(s, d, repairs("director", "director", null, null)));
    assertEquals("delegation.delegation.delegate.required", refusal(s, d, repairs("director", " ", null, null)));
    assertEquals("delegation.delegation.powers.required", refusal(s, d, new NewDelegation("director", DelegateKind.PERSON,
        "nanphat", Set.of(), null, OFFICE, FROM, UNTIL, "1/2568", null, false, null)));
    assertEquals("delegation.power.unknown", refusal(s, d, new NewDelegation("director", DelegateKind.PERSON,
        "nanphat", Set.of("NOPE"), null, OFFICE, FROM, UNTIL, "1/2568", null, false, null)));
    assertEquals("delegation.delegation.period.invalid", refusal(s, d, new NewDelegation("director", DelegateKind.PERSON,
        "nanphat", Set.of(Powers.APPROVE_REPAIR), null, OFFICE, UNTIL, FROM, "1/2568", null, false, null)));
    assertEquals("delegation.delegation.period.invalid", refusal(s, d, new NewDelegation("director", DelegateKind.PERSON,
        "nanphat", Set.of(Powers.APPROVE_REPAIR), null, OFFICE, FROM, null, "1/2568", null, false, null)));
    assertEquals("delegation.delegation.period.past", refusal(s, d, new NewDelegation("director", DelegateKind.PERSON,
        "nanphat", Set.of(Powers.APPROVE_REPAIR), null, OFFICE, FROM.minusDays(9), FROM.minusDays(1), "1/2568", null,
        false, null)));
    assertEquals("delegation.delegation.basis.required", refusal(s, d, new NewDelegation("director", DelegateKind.PERSON,
        "nanphat", Set.of(Powers.APPROVE_REPAIR), null, OFFICE, FROM, UNTIL, " ", null, false, null)));
    assertEquals("delegation.delegation.ceiling.negative", refusal(s, d, repairs("director", "nanphat", "-1", null)));
    assertEquals("delegation.delegation.unit.required", refusal(s, d, new NewDelegation("director", DelegateKind.PERSON,
        "nanphat", Set.of(Powers.APPROVE_REPAIR), null, null, FROM, UNTIL, "1/2568", null, false, null)));
  }

  @Test
  void reDelegationIsRefusedUnlessGranted() {
    Scenario s = new Scenario();
    Grant parent = s.grant(1001, "director", "nanphat", "10000", OFFICE, Powers.APPROVE_REPAIR);
    assertEquals("delegation.delegation.redelegationNotAllowed",
        refusal(s, Actor.self("nanphat"), repairs("nanphat", "khwansiri", "5000", parent.id())));
    assertEquals("delegation.delegation.notDelegatorsPower",
        refusal(s, Actor.self("nanphat"), repairs("nanphat", "khwansiri", "5000", null)),
        "without naming the delegation received, nanphat has no repair power to give");
  }

  @Test
  void aGrantedReDelegationStaysWithinWhatWasReceived() {
    Scenario s = new Scenario();
    Grant parent = s.grant(Scenario.with(s.grant(1001, "director", "nanphat", "10000", OFFICE, Powers.APPROVE_REPAIR),
        true, null, null, null));
    Actor nanphat = Actor.self("nanphat");
    assertDoesNotThrow(() -> DelegationRules.validate(s.facts(), nanphat, repairs("nanphat", "khwansiri", "5000", parent.id())));
    assertEquals("delegation.delegation.aboveOwnCeiling", refusal(s, nanphat, repairs("nanphat", "khwansiri", "12000", parent.id())));
    assertEquals("delegation.delegation.aboveOwnCeiling", refusal(s, nanphat, repairs("nanphat", "khwansiri", null, parent.id())));
    assertEquals("delegation.delegation.exceedsParent", refusal(s, nanphat, new NewDelegation("nanphat",
        DelegateKind.PERSON, "khwansiri", Set.of(Powers.SIGN_REPORT), null, OFFICE, FROM, UNTIL, "1/2568", null, false,
        parent.id())));
    assertEquals("delegation.delegation.period.outsideParent", refusal(s, nanphat, new NewDelegation("nanphat",
        DelegateKind.PERSON, "khwansiri", Set.of(Powers.APPROVE_REPAIR), BigDecimal.ONE, OFFICE, FROM,
        Scenario.NOW.plusDays(60), "1/2568", null, false, parent.id())));
    assertEquals("delegation.delegation.notParentsDelegate",
        refusal(s, Actor.self("khwansiri"), repairs("khwansiri", "wiparat", "1", parent.id())));
    assertEquals("delegation.delegation.parent.notFound", refusal(s, nanphat, repairs("nanphat", "khwansiri", "1", 999L)));
  }

  @Test
  void aRevokedParentCannotBeReDelegated() {
    Scenario s = new Scenario();
    Grant parent = s.grant(Scenario.with(s.grant(1001, "director", "nanphat", "10000", OFFICE, Powers.APPROVE_REPAIR),
        true, null, null, Scenario.NOW.minusMinutes(1)));
    assertEquals("delegation.authority.revoked",
        refusal(s, Actor.self("nanphat"), repairs("nanphat", "khwansiri", "5000", parent.id())));
  }
}
