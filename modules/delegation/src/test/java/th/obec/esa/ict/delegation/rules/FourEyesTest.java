package th.obec.esa.ict.delegation.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.delegation.InMemoryOrganization;
import th.obec.esa.ict.delegation.api.AuthorityDecision;
import th.obec.esa.ict.delegation.api.AuthorityRequest;
import th.obec.esa.ict.delegation.api.DelegateKind;
import th.obec.esa.ict.delegation.api.InvalidDelegationException;
import th.obec.esa.ict.delegation.api.NewDelegation;
import th.obec.esa.ict.delegation.api.PowerLevel;
import th.obec.esa.ict.delegation.api.Powers;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;

/**
 * Issue 15, four eyes on powers and ceilings that always hold: an administrator can never give
 * herself a power, a delegation she types for someone else waits for a second person, and a
 * ceiling is never skipped because the amount is missing.
 */
class FourEyesTest {

  private static final String OFFICE = InMemoryOrganization.OFFICE;
  private static final String ICT = InMemoryOrganization.ICT;
  private static final OffsetDateTime FROM = Scenario.NOW;
  private static final OffsetDateTime UNTIL = Scenario.NOW.plusDays(14);

  private static NewDelegation repairs(String delegateKindRef, DelegateKind kind, String basisOrder) {
    return new NewDelegation("director", kind, delegateKindRef, Set.of(Powers.APPROVE_REPAIR), new BigDecimal("1000"),
        OFFICE, FROM, UNTIL, basisOrder, basisOrder == null ? "บันทึกข้อความ" : null, false, null);
  }

  private static String refusal(Scenario s, Actor actor, NewDelegation n) {
    return assertThrows(InvalidDelegationException.class, () -> DelegationRules.validate(s.facts(), actor, n)).key();
  }

  private static Actor admin(String uid) {
    return Actor.self(uid, Roles.ORG_ADMIN);
  }

  @Test
  void anAdministratorNamingHerselfAsDelegateIsRefused() {
    assertEquals("delegation.delegation.delegate.enterer",
        refusal(new Scenario(), admin("wiparat"), repairs("wiparat", DelegateKind.PERSON, "312/2568")));
  }

  @Test
  void norByNamingTheUnitSheHeads() {
    // wiparat heads the administration unit: a delegation "to whoever heads ADMIN" would be hers
    assertEquals("delegation.delegation.delegate.enterer",
        refusal(new Scenario(), admin("wiparat"), repairs(InMemoryOrganization.ADMIN, DelegateKind.POSITION, "312/2568")));
  }

  @Test
  void aDelegationEnteredForSomeoneElseNeedsTheOrderNumber() {
    assertEquals("delegation.delegation.basisOrder.required",
        refusal(new Scenario(), admin("wiparat"), repairs("nanphat", DelegateKind.PERSON, null)));
    assertDoesNotThrow(() -> DelegationRules.validate(new Scenario().facts(), admin("wiparat"),
        repairs("nanphat", DelegateKind.PERSON, "312/2568")));
    assertTrue(DelegationRules.enteredForSomeoneElse(admin("wiparat"), repairs("nanphat", DelegateKind.PERSON, "1/2568")));
    assertFalse(DelegationRules.enteredForSomeoneElse(Actor.self("director"), repairs("nanphat", DelegateKind.PERSON, "1")));
  }

  @Test
  void aPendingDelegationAllowsNothing() {
    Scenario s = new Scenario();
    s.grant(pending(2001));
    AuthorityDecision d = AuthorityRules.check(s.facts(), Actor.self("nanphat").actingFor("director", "x"),
        AuthorityRequest.of(Powers.APPROVE_REPAIR, ICT).amount(new BigDecimal("500")));
    assertFalse(d.allowed());
    assertEquals("delegation.authority.pending", d.reasonKey());
  }

  @Test
  void theEntererMayNotConfirmButTheDelegatorOrASecondAdministratorMay() {
    Facts f = new Scenario().facts();
    Grant g = pending(2002);
    assertEquals("delegation.delegation.confirm.enterer", confirmRefusal(f, admin("wiparat"), g, true));
    assertEquals("delegation.delegation.confirm.delegate", confirmRefusal(f, admin("nanphat"), g, true));
    assertEquals("delegation.delegation.confirm.notAllowed", confirmRefusal(f, Actor.self("somchai"), g, true));
    assertEquals("delegation.delegation.scan.required", confirmRefusal(f, Actor.self("director"), g, false));
    assertDoesNotThrow(() -> DelegationRules.validateConfirmation(f, Actor.self("director"), g, "wiparat", true));
    assertDoesNotThrow(() -> DelegationRules.validateConfirmation(f, admin("somchai"), g, "wiparat", true));
  }

  @Test
  void thePagesOfferConfirmationAndTheScanToExactlyThosePeople() {
    Facts f = new Scenario().facts();
    Grant g = pending(2003);
    assertTrue(DelegationRules.mayConfirm(f, Actor.self("director"), g, "wiparat"), "the delegator");
    assertTrue(DelegationRules.mayConfirm(f, admin("somchai"), g, "wiparat"), "a second administrator");
    assertFalse(DelegationRules.mayConfirm(f, admin("wiparat"), g, "wiparat"), "not the enterer");
    assertFalse(DelegationRules.mayConfirm(f, admin("nanphat"), g, "wiparat"), "not the delegate");
    assertFalse(DelegationRules.mayConfirm(f, Actor.self("somchai"), g, "wiparat"), "not anyone else");
    assertTrue(DelegationRules.mayAttachScan(admin("wiparat"), g, "wiparat"), "the enterer attaches the scan");
    assertTrue(DelegationRules.mayAttachScan(Actor.self("director"), g, "wiparat"));
    assertFalse(DelegationRules.mayAttachScan(Actor.self("nanphat"), g, "wiparat"), "not the delegate alone");
  }

  @Test
  void aDelegateWithA1000BahtCeilingCannotApproveWithoutAnAmountOrAbove1000() {
    Scenario s = new Scenario();
    s.grant(3001, "director", "nanphat", "1000", OFFICE, Powers.APPROVE_REPAIR);
    Actor delegate = Actor.self("nanphat").actingFor("director", "x");
    AuthorityRequest repair = AuthorityRequest.of(Powers.APPROVE_REPAIR, ICT).participants("khwansiri");
    AuthorityDecision none = AuthorityRules.check(s.facts(), delegate, repair);
    assertFalse(none.allowed());
    assertEquals("delegation.authority.amountRequired", none.reasonKey());
    AuthorityDecision above = AuthorityRules.check(s.facts(), delegate, repair.amount(new BigDecimal("1000.01")));
    assertEquals("delegation.authority.aboveCeiling", above.reasonKey());
    assertTrue(AuthorityRules.check(s.facts(), delegate, repair.amount(new BigDecimal("1000"))).allowed());
  }

  @Test
  void aHolderWithAnOwnCeilingNeedsTheAmountToo() {
    Scenario s = new Scenario().power(Powers.APPROVE_LOAN, PowerLevel.UNIT, "5000");
    AuthorityRequest loan = AuthorityRequest.of(Powers.APPROVE_LOAN, ICT).participants("khwansiri");
    AuthorityDecision d = AuthorityRules.check(s.facts(), Actor.self("nanphat"), loan);
    assertEquals("delegation.authority.amountRequiredOwn", d.reasonKey());
    assertTrue(AuthorityRules.check(s.facts(), Actor.self("nanphat"), loan.amount(new BigDecimal("10"))).allowed());
  }

  @Test
  void aDelegateWithACeilingStillShowsAsWhoMayActWhenTheAmountIsNotYetKnown() {
    Scenario s = new Scenario().absent("director");
    s.grant(3002, "director", "nanphat", "1000", OFFICE, Powers.APPROVE_REPAIR);
    var res = ActingResolver.resolve(s.facts(), Powers.APPROVE_REPAIR, ICT, Set.of("khwansiri"));
    assertTrue(res.found());
    assertEquals("nanphat", res.actorUid());
  }

  private static Grant pending(long id) {
    return new Grant(id, "director", DelegateKind.PERSON, "nanphat", Set.of(Powers.APPROVE_REPAIR), new BigDecimal("1000"),
        OFFICE, FROM.minusDays(1), UNTIL, "312/2568", null, false, null, null, null, false);
  }

  private static String confirmRefusal(Facts f, Actor actor, Grant g, boolean scan) {
    return assertThrows(InvalidDelegationException.class,
        () -> DelegationRules.validateConfirmation(f, actor, g, "wiparat", scan)).key();
  }
}
