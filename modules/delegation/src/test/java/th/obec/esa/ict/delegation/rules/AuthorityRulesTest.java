package th.obec.esa.ict.delegation.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.delegation.InMemoryOrganization;
import th.obec.esa.ict.delegation.api.AuthorityDecision;
import th.obec.esa.ict.delegation.api.AuthorityRequest;
import th.obec.esa.ict.delegation.api.BasisKind;
import th.obec.esa.ict.delegation.api.DelegateKind;
import th.obec.esa.ict.delegation.api.PowerLevel;
import th.obec.esa.ict.delegation.api.Powers;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;

/**
 * The scenario table of the issue on the pure rules: holder present; holder away → stand-in;
 * stand-in away too → next; a cycle; a delegation expired a second ago; above the ceiling;
 * re-delegation refused; self-approval refused as a delegate; revocation while signed in.
 */
class AuthorityRulesTest {

  private static final String ICT = InMemoryOrganization.ICT;
  private static final String OFFICE = InMemoryOrganization.OFFICE;

  private static Actor self(String uid) {
    return Actor.self(uid, Roles.STAFF);
  }

  private static Actor acting(String uid, String forUid) {
    return Actor.self(uid, Roles.STAFF).actingFor(forUid, "claimed");
  }

  private static AuthorityDecision check(Scenario s, Actor actor, AuthorityRequest r) {
    return AuthorityRules.check(s.facts(), actor, r);
  }

  private static AuthorityRequest access() {
    return AuthorityRequest.of(Powers.APPROVE_ACCESS, ICT).subject("access", "1");
  }

  private static AuthorityRequest repair(String amount) {
    return AuthorityRequest.of(Powers.APPROVE_REPAIR, ICT).amount(new BigDecimal(amount)).subject("repair", "7");
  }

  /** The acceptance's delegation: the area director → nanphat, repairs up to 10,000 baht. */
  private static Grant repairsUpTo10000(Scenario s) {
    return s.grant(1001, "director", "nanphat", "10000", OFFICE, Powers.APPROVE_REPAIR);
  }

  @Test
  void theHolderPresentDecidesInHerOwnRight() {
    AuthorityDecision d = check(new Scenario(), self("nanphat"), access());
    assertTrue(d.allowed());
    assertEquals(BasisKind.OWN, d.basis().kind());
    assertNull(d.actor().actingFor());
  }

  @Test
  void theStandInDecidesForTheAwayHolderOnTheOrdersClause() {
    AuthorityDecision d = check(new Scenario().absent("nanphat"), acting("khwansiri", "nanphat"), access());
    assertTrue(d.allowed());
    assertEquals("nanphat", d.actor().actingFor());
    assertEquals("ปฏิบัติหน้าที่แทน นางนันทน์ภัส เกียรติมาพรศักดิ์ ตามคำสั่งที่ 275/2561 ข้อ 1.10", d.actor().basis());
    assertEquals("1.10", d.basis().dutyNumber());
  }

  @Test
  void theAwayHolderCannotDecideInHerOwnRightWhileAway() {
    // DOMAIN §6: while the holder is absent the first available stand-in acts; the power is not
    // hers to use twice. She ends her absence ("back now") first, then decides in her own right.
    AuthorityDecision d = check(new Scenario().absent("nanphat"), self("nanphat"), access());
    assertFalse(d.allowed());
    assertEquals("delegation.authority.holderAway", d.reasonKey());
    assertEquals("นางนันทน์ภัส เกียรติมาพรศักดิ์", d.reasonArgs()[0]);
    assertEquals("LEAVE", d.reasonArgs()[1], "the absence is named (in words by the bundle's .args)");
    assertTrue(check(new Scenario(), self("nanphat"), access()).allowed(), "back from leave: hers again");
  }

  @Test
  void theStandInMayNotWhileTheHolderIsPresent() {
    AuthorityDecision d = check(new Scenario(), acting("khwansiri", "nanphat"), access());
    assertFalse(d.allowed());
    assertEquals("delegation.authority.notActingNow", d.reasonKey());
  }

  @Test
  void actingForSomeoneIsAnExplicitChoice() {
    AuthorityDecision d = check(new Scenario().absent("nanphat"), self("khwansiri"), access());
    assertFalse(d.allowed());
    assertEquals("delegation.authority.switchFirst", d.reasonKey());
    assertEquals("นางนันทน์ภัส เกียรติมาพรศักดิ์", d.reasonArgs()[0]);
  }

  @Test
  void theNextStandInDecidesWhenTheFirstIsAwayToo() {
    Scenario s = new Scenario().absent("nanphat", "khwansiri");
    s.org.person("k2", ICT, "ทดสอบ สำรอง").standIn("nanphat", "k2", 2, "275/2561", "1.11");
    assertTrue(check(s, acting("k2", "nanphat"), access()).allowed());
    assertFalse(check(s, acting("khwansiri", "nanphat"), access()).allowed(), "an away stand-in does not act");
  }

  @Test
  void aCycleOfStandInsLeavesTheDecisionToTheSuperior() {
    Scenario s = new Scenario().absent("nanphat", "khwansiri");
    s.org.standIn("khwansiri", "nanphat", 1, "275/2561", "2.11");
    AuthorityDecision d = check(s, self("director"), access());
    assertTrue(d.allowed());
    assertEquals(BasisKind.ESCALATION, d.basis().kind());
    assertFalse(check(new Scenario(), self("director"), access()).allowed(), "not while the holder is present");
  }

  @Test
  void aDelegationLetsTheDelegateApproveUpToItsCeiling() {
    Scenario s = new Scenario();
    repairsUpTo10000(s);
    AuthorityDecision ok = check(s, acting("nanphat", "director"), repair("9000"));
    assertTrue(ok.allowed());
    assertEquals("director", ok.actor().actingFor());
    assertEquals(BasisKind.DELEGATION, ok.basis().kind());
    assertTrue(ok.actor().basis().startsWith("ปฏิบัติราชการแทน นางสาวพนอ ทิพย์พิมลรัตน์ ตามการมอบอำนาจเลขที่ 1001"));
    assertTrue(check(s, acting("nanphat", "director"), repair("10000")).allowed(), "the ceiling itself is allowed");
  }

  @Test
  void aboveTheCeilingIsRefusedWithAmountAndCeiling() {
    Scenario s = new Scenario();
    repairsUpTo10000(s);
    AuthorityDecision d = check(s, acting("nanphat", "director"), repair("12000"));
    assertFalse(d.allowed());
    assertEquals("delegation.authority.aboveCeiling", d.reasonKey());
    assertArrayEquals(new Object[] {new BigDecimal("12000"), new BigDecimal("10000"), 1001L}, d.reasonArgs());
  }

  @Test
  void aDelegationThatExpiredOneSecondAgoAllowsNothing() {
    Scenario s = new Scenario();
    s.grant(Scenario.with(repairsUpTo10000(s), null, null, Scenario.NOW.minusSeconds(1), null));
    AuthorityDecision d = check(s, acting("nanphat", "director"), repair("100"));
    assertFalse(d.allowed());
    assertEquals("delegation.authority.expired", d.reasonKey());
    s.at(Scenario.NOW.minusSeconds(2));
    assertTrue(check(s, acting("nanphat", "director"), repair("100")).allowed(), "two seconds ago it was in force");
  }

  @Test
  void theEndOfTheDelegationIsExclusive() {
    Scenario s = new Scenario();
    s.grant(Scenario.with(repairsUpTo10000(s), null, null, Scenario.NOW, null));
    assertEquals("delegation.authority.expired", check(s, acting("nanphat", "director"), repair("1")).reasonKey());
  }

  @Test
  void aDelegationNotYetBegunAllowsNothing() {
    Scenario s = new Scenario();
    repairsUpTo10000(s);
    s.at(Scenario.NOW.minusDays(2));
    assertEquals("delegation.authority.notYetInForce", check(s, acting("nanphat", "director"), repair("1")).reasonKey());
  }

  @Test
  void revocationWhileTheDelegateIsSignedInTakesEffectAtOnce() {
    Scenario s = new Scenario();
    Grant g = repairsUpTo10000(s);
    Actor signedIn = acting("nanphat", "director");
    assertTrue(check(s, signedIn, repair("500")).allowed());
    s.grant(Scenario.with(g, null, null, null, Scenario.NOW.plusSeconds(1)));
    s.at(Scenario.NOW.plusSeconds(1));
    AuthorityDecision d = check(s, signedIn, repair("500"));
    assertFalse(d.allowed());
    assertEquals("delegation.authority.revoked", d.reasonKey());
    assertEquals("ยกเลิกการมอบอำนาจ", d.reasonArgs()[2]);
  }

  @Test
  void reDelegationWithoutLeaveIsRefusedAtUse() {
    Scenario s = new Scenario();
    Grant parent = repairsUpTo10000(s);
    s.grant(Scenario.with(s.grant(1002, "nanphat", "khwansiri", "5000", OFFICE, Powers.APPROVE_REPAIR), null,
        parent.id(), null, null));
    AuthorityDecision d = check(s, acting("khwansiri", "director"), repair("100"));
    assertFalse(d.allowed());
    assertEquals("delegation.authority.redelegationNotAllowed", d.reasonKey());
  }

  @Test
  void reDelegationWithLeaveActsForTheFirstDelegatorWithinTheSmallestCeiling() {
    Scenario s = new Scenario();
    Grant parent = s.grant(Scenario.with(repairsUpTo10000(s), true, null, null, null));
    s.grant(Scenario.with(s.grant(1002, "nanphat", "khwansiri", "5000", OFFICE, Powers.APPROVE_REPAIR), null,
        parent.id(), null, null));
    AuthorityDecision ok = check(s, acting("khwansiri", "director"), repair("4000"));
    assertTrue(ok.allowed());
    assertEquals("director", ok.actor().actingFor());
    assertEquals("delegation.authority.aboveCeiling", check(s, acting("khwansiri", "director"), repair("6000")).reasonKey());
    s.grant(Scenario.with(parent, null, null, null, Scenario.NOW.minusSeconds(1)));
    assertEquals("delegation.authority.revoked", check(s, acting("khwansiri", "director"), repair("100")).reasonKey(),
        "revoking the parent ends the re-delegation at once");
  }

  @Test
  void nobodyApprovesTheirOwnRequestAlsoNotAsADelegate() {
    Scenario s = new Scenario();
    repairsUpTo10000(s);
    AuthorityDecision d = check(s, acting("nanphat", "director"), repair("9000").participants("nanphat"));
    assertFalse(d.allowed());
    assertEquals("delegation.authority.ownRequest", d.reasonKey());
    assertEquals("delegation.authority.ownRequest",
        check(new Scenario(), self("nanphat"), access().participants("nanphat")).reasonKey());
  }

  @Test
  void nobodyDecidesARequestOfThePersonTheyActFor() {
    AuthorityDecision d = check(new Scenario().absent("nanphat"), acting("khwansiri", "nanphat"),
        access().participants("nanphat"));
    assertEquals("delegation.authority.principalsRequest", d.reasonKey());
  }

  @Test
  void aRequestThatNamesTheStandInIsNotTheirsToDecide() {
    AuthorityDecision d = check(new Scenario().absent("nanphat"), acting("khwansiri", "nanphat"),
        access().participants("somchai", "khwansiri"));
    assertEquals("delegation.authority.ownRequest", d.reasonKey());
  }

  @Test
  void aDelegationEndsWhenTheDelegatorNoLongerHoldsThePower() {
    Scenario s = new Scenario();
    repairsUpTo10000(s);
    s.org.head(OFFICE, "wiparat");
    AuthorityDecision d = check(s, acting("nanphat", "director"), repair("100"));
    assertEquals("delegation.authority.delegatorLacksPower", d.reasonKey());
  }

  @Test
  void aStandInCannotUseAPowerTheHolderDoesNotHave() {
    AuthorityDecision d = check(new Scenario().absent("nanphat"), acting("khwansiri", "nanphat"), repair("100"));
    assertEquals("delegation.authority.principalLacksPower", d.reasonKey());
  }

  @Test
  void aDelegationReachesOnlyItsUnitAndItsPowers() {
    Scenario s = new Scenario();
    s.grant(1003, "nanphat", "wiparat", null, ICT, Powers.APPROVE_ACCESS);
    assertTrue(check(s, acting("wiparat", "nanphat"), access()).allowed());
    assertTrue(check(s, acting("wiparat", "nanphat"), AuthorityRequest.of(Powers.APPROVE_ACCESS,
        InMemoryOrganization.ICT_SYSTEMS)).allowed() == false, "ICT-SYSTEMS has no head: its holder is not nanphat");
    assertEquals("delegation.authority.notActingNow",
        check(s, acting("wiparat", "nanphat"), AuthorityRequest.of(Powers.APPROVE_LOAN, ICT)).reasonKey());
  }

  @Test
  void aPositionDelegateActsOnlyWhileHeadingTheUnit() {
    Scenario s = new Scenario();
    s.grant(new Grant(1004L, "director", DelegateKind.POSITION, InMemoryOrganization.FINANCE, Set.of(Powers.APPROVE_REPAIR),
        null, OFFICE, Scenario.NOW.minusDays(1), Scenario.NOW.plusDays(1), null, "บันทึกข้อความ ที่ 12/2568", false, null,
        null, null));
    assertTrue(check(s, acting("somchai", "director"), repair("50000")).allowed());
    s.org.head(InMemoryOrganization.FINANCE, "sinlapachai");
    assertFalse(check(s, acting("somchai", "director"), repair("1")).allowed());
    assertTrue(check(s, acting("sinlapachai", "director"), repair("1")).allowed());
  }

  @Test
  void theHoldersOwnCeilingBindsHerStandInsAndHerDelegates() {
    Scenario s = new Scenario().power(Powers.APPROVE_LOAN, PowerLevel.UNIT, "20000").absent("nanphat");
    AuthorityRequest loan = AuthorityRequest.of(Powers.APPROVE_LOAN, ICT).amount(new BigDecimal("25000"));
    assertEquals("delegation.authority.aboveOwnCeiling", check(s, acting("khwansiri", "nanphat"), loan).reasonKey());
    s.grant(1005, "nanphat", "wiparat", null, ICT, Powers.APPROVE_LOAN);
    assertEquals("delegation.authority.aboveCeiling", check(s, acting("wiparat", "nanphat"), loan).reasonKey());
    assertTrue(check(s, acting("wiparat", "nanphat"), loan.amount(new BigDecimal("20000"))).allowed());
  }

  @Test
  void anUnknownPowerIsRefusedByName() {
    AuthorityDecision d = check(new Scenario(), self("nanphat"), AuthorityRequest.of("NOPE", ICT));
    assertEquals("delegation.power.unknown", d.reasonKey());
  }

  @Test
  void someoneWithNoTieToThePowerIsToldWhoHoldsIt() {
    AuthorityDecision d = check(new Scenario(), self("somchai"), access());
    assertEquals("delegation.authority.notHolder", d.reasonKey());
    assertEquals("นางนันทน์ภัส เกียรติมาพรศักดิ์", d.reasonArgs()[2]);
  }
}
