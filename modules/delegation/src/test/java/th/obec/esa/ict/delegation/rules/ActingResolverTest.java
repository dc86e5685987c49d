package th.obec.esa.ict.delegation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.delegation.InMemoryOrganization;
import th.obec.esa.ict.delegation.api.ActingOption;
import th.obec.esa.ict.delegation.api.ActingResolution;
import th.obec.esa.ict.delegation.api.BasisKind;
import th.obec.esa.ict.delegation.api.DelegateKind;
import th.obec.esa.ict.delegation.api.PathStep.Role;
import th.obec.esa.ict.delegation.api.PathStep.Status;
import th.obec.esa.ict.delegation.api.Powers;

/** Who acts: the holder, the order's stand-ins through a chain, delegates, then the superior. */
class ActingResolverTest {

  private static final String ICT = InMemoryOrganization.ICT;

  private static ActingResolution resolve(Scenario s, String power, String unit, String... excluded) {
    return ActingResolver.resolve(s.facts(), power, unit, Set.of(excluded));
  }

  @Test
  void theHolderActsWhenPresent() {
    ActingResolution r = resolve(new Scenario(), Powers.APPROVE_ACCESS, ICT);
    assertEquals("nanphat", r.actorUid());
    assertEquals(BasisKind.OWN, r.basis().kind());
    assertFalse(r.escalated());
    assertEquals(1, r.path().size());
    assertEquals(Status.ACTS, r.path().get(0).status());
  }

  @Test
  void theStandInOfTheOrderActsWhenTheHolderIsAwayWithOrderAndDuty() {
    ActingResolution r = resolve(new Scenario().absent("nanphat"), Powers.APPROVE_ACCESS, ICT);
    assertEquals("khwansiri", r.actorUid());
    assertEquals(BasisKind.STAND_IN, r.basis().kind());
    assertEquals("nanphat", r.basis().principalUid());
    assertEquals("275/2561", r.basis().orderNumber());
    assertEquals("1.10", r.basis().dutyNumber());
    assertEquals("ปฏิบัติหน้าที่แทน นางนันทน์ภัส เกียรติมาพรศักดิ์ ตามคำสั่งที่ 275/2561 ข้อ 1.10", r.basis().thaiText());
    assertEquals(List.of(Status.ABSENT, Status.ACTS), r.path().stream().map(p -> p.status()).toList());
    assertEquals("LEAVE", r.path().get(0).detail());
  }

  @Test
  void theSecondStandInActsWhenTheFirstIsAwayToo() {
    Scenario s = new Scenario();
    s.org.person("a1", ICT, "ทดสอบ เอหนึ่ง").person("a2", ICT, "ทดสอบ เอสอง")
        .standIn("nanphat", "a1", 2, "275/2561", "1.11").standIn("nanphat", "a2", 3, "275/2561", "1.12");
    s.absent("nanphat", "khwansiri");
    ActingResolution r = resolve(s, Powers.APPROVE_ACCESS, ICT);
    assertEquals("a1", r.actorUid());
    assertEquals("1.11", r.basis().dutyNumber());
    s.absent("a1");
    assertEquals("a2", resolve(s, Powers.APPROVE_ACCESS, ICT).actorUid());
  }

  @Test
  void aStandInWhoseDirectoryAccountIsDisabledIsPassedOver() {
    Scenario s = new Scenario();
    s.org.person("a1", ICT, "ทดสอบ เอหนึ่ง").standIn("nanphat", "a1", 2, "275/2561", "1.11");
    s.org.disableAccount("khwansiri");
    s.absent("nanphat");
    ActingResolution r = resolve(s, Powers.APPROVE_ACCESS, ICT);
    assertEquals("a1", r.actorUid(), "khwansiri's account is disabled: the next stand-in acts");
    assertEquals("1.11", r.basis().dutyNumber());
    assertEquals(List.of(Status.ABSENT, Status.ACCOUNT_DISABLED, Status.ACTS),
        r.path().stream().map(p -> p.status()).toList());
    assertTrue(ActingResolver.optionsFor(s.facts(), "khwansiri").isEmpty(), "nobody may act as a disabled account");
    assertEquals("nanphat", ActingResolver.optionsFor(s.facts(), "a1").get(0).principalUid());
  }

  @Test
  void aDisabledStandInWithoutAnotherGoesUpToTheSuperior() {
    Scenario s = new Scenario();
    s.org.disableAccount("khwansiri");
    s.absent("nanphat");
    ActingResolution r = resolve(s, Powers.APPROVE_ACCESS, ICT);
    assertEquals("director", r.actorUid());
    assertTrue(r.escalated());
  }

  @Test
  void aHolderWhoseAccountIsDisabledIsTreatedAsAwayAndTheStandInActs() {
    Scenario s = new Scenario();
    s.org.disableAccount("nanphat");
    ActingResolution r = resolve(s, Powers.APPROVE_ACCESS, ICT);
    assertEquals("khwansiri", r.actorUid());
    assertEquals(Status.ACCOUNT_DISABLED, r.path().get(0).status());
    assertEquals("nanphat", ActingResolver.optionsFor(s.facts(), "khwansiri").get(0).principalUid());
  }

  @Test
  void theChainIsFollowedWhenTheStandInIsAwayToo() {
    Scenario s = new Scenario();
    s.org.person("k2", ICT, "ทดสอบ สำรอง").standIn("khwansiri", "k2", 1, "275/2561", "2.12");
    s.absent("nanphat", "khwansiri");
    ActingResolution r = resolve(s, Powers.APPROVE_ACCESS, ICT);
    assertEquals("k2", r.actorUid());
    assertEquals("nanphat", r.basis().principalUid(), "the chain acts for the holder, not for the stand-in");
    assertEquals("2.12", r.basis().dutyNumber());
    assertEquals(2, r.path().get(r.path().size() - 1).depth());
  }

  @Test
  void aCycleOfStandInsEndsAndGoesUpToTheSuperior() {
    Scenario s = new Scenario();
    s.org.standIn("khwansiri", "nanphat", 1, "275/2561", "2.11");
    s.absent("nanphat", "khwansiri");
    ActingResolution r = resolve(s, Powers.APPROVE_ACCESS, ICT);
    assertEquals("director", r.actorUid());
    assertTrue(r.escalated());
    assertEquals(BasisKind.ESCALATION, r.basis().kind());
    assertTrue(r.path().stream().anyMatch(p -> p.status() == Status.ALREADY_SEEN && "nanphat".equals(p.uid())));
    assertEquals(Role.SUPERIOR, r.path().get(r.path().size() - 1).role());
  }

  @Test
  void aChainLongerThanTheLimitStops() {
    Scenario s = new Scenario();
    String previous = "khwansiri";
    for (int i = 1; i <= ActingResolver.MAX_DEPTH + 2; i++) {
      String next = "chain" + i;
      s.org.person(next, ICT, "ทดสอบ " + i).standIn(previous, next, 1, "275/2561", "9." + i);
      s.absent(previous);
      previous = next;
    }
    s.absent("nanphat");
    ActingResolution r = resolve(s, Powers.APPROVE_ACCESS, ICT);
    assertTrue(r.path().stream().anyMatch(p -> p.status() == Status.TOO_DEEP));
    assertEquals("director", r.actorUid());
  }

  @Test
  void theSuperiorIsShownAsAnEscalationWhenNobodyBelowIsAvailable() {
    ActingResolution r = resolve(new Scenario().absent("nanphat", "khwansiri"), Powers.APPROVE_ACCESS, ICT);
    assertEquals("director", r.actorUid());
    assertTrue(r.escalated());
    assertEquals("nanphat", r.basis().principalUid());
    assertTrue(r.basis().thaiText().startsWith("ในฐานะผู้บังคับบัญชาของ นางนันทน์ภัส"));
  }

  @Test
  void nobodyAtAllIsAnAnswerToo() {
    ActingResolution r = resolve(new Scenario().absent("nanphat", "khwansiri", "director"), Powers.APPROVE_ACCESS, ICT);
    assertFalse(r.found());
    assertNull(r.basis());
    assertTrue(r.escalated());
    assertEquals(3, r.path().size());
  }

  @Test
  void aDelegateActsWhenTheHolderAndTheStandInsAreAway() {
    Scenario s = new Scenario().absent("nanphat", "khwansiri");
    s.grant(1001, "nanphat", "wiparat", null, ICT, Powers.APPROVE_ACCESS);
    ActingResolution r = resolve(s, Powers.APPROVE_ACCESS, ICT);
    assertEquals("wiparat", r.actorUid());
    assertEquals(BasisKind.DELEGATION, r.basis().kind());
    assertEquals(1001L, r.basis().delegationId());
    assertTrue(r.basis().thaiText().startsWith("ปฏิบัติราชการแทน นางนันทน์ภัส"));
  }

  @Test
  void anExpiredDelegationIsNotFollowed() {
    Scenario s = new Scenario().absent("nanphat", "khwansiri");
    s.grant(Scenario.with(s.grant(1001, "nanphat", "wiparat", null, ICT, Powers.APPROVE_ACCESS), null, null,
        Scenario.NOW.minusSeconds(1), null));
    assertEquals("director", resolve(s, Powers.APPROVE_ACCESS, ICT).actorUid());
  }

  @Test
  void theHoldersOwnRequestGoesStraightUpNotToTheirStandIn() {
    ActingResolution r = resolve(new Scenario(), Powers.APPROVE_ACCESS, ICT, "nanphat");
    assertEquals("director", r.actorUid());
    assertEquals(Status.EXCLUDED, r.path().get(0).status());
  }

  @Test
  void aStandInWhoMadeTheRequestIsPassedOver() {
    Scenario s = new Scenario().absent("nanphat");
    assertEquals("director", resolve(s, Powers.APPROVE_ACCESS, ICT, "khwansiri").actorUid());
  }

  @Test
  void aStandInForTheHeadOfTheOfficeActsInPlaceOfTheHead() {
    Scenario s = new Scenario().absent("director");
    s.org.standIn("director", "somchai", 1, "280/2561", "1");
    ActingResolution r = resolve(s, Powers.APPROVE_REPAIR, ICT);
    assertEquals("somchai", r.actorUid());
    assertEquals(BasisKind.ACTING_HEAD, r.basis().kind());
    assertTrue(r.basis().thaiText().startsWith("รักษาราชการแทน นางสาวพนอ"));
  }

  @Test
  void anOfficePowerInAGroupIsTheDirectors() {
    assertEquals("director", resolve(new Scenario(), Powers.APPROVE_REPAIR, ICT).actorUid());
    assertFalse(resolve(new Scenario(), Powers.APPROVE_REPAIR, ICT).escalated());
  }

  @Test
  void aSubUnitWithoutAHeadGoesToTheGroupsHead() {
    ActingResolution r = resolve(new Scenario(), Powers.APPROVE_ACCESS, InMemoryOrganization.ICT_SYSTEMS);
    assertEquals("nanphat", r.actorUid());
    assertEquals(Status.VACANT, r.path().get(0).status());
    assertTrue(r.escalated());
  }

  @Test
  void anUnknownPowerIsRefused() {
    assertThrows(UnknownPowerException.class, () -> resolve(new Scenario(), "NO_SUCH_POWER", ICT));
  }

  @Test
  void aStandInMayActForTheAwayHolderAndSeesIt() {
    Scenario s = new Scenario();
    assertTrue(ActingResolver.optionsFor(s.facts(), "khwansiri").isEmpty());
    s.absent("nanphat");
    List<ActingOption> options = ActingResolver.optionsFor(s.facts(), "khwansiri");
    assertEquals(1, options.size());
    assertEquals("nanphat", options.get(0).principalUid());
    assertEquals("1.10", options.get(0).basis().dutyNumber());
    assertTrue(ActingResolver.optionsFor(s.facts(), "wiparat").isEmpty());
  }

  @Test
  void aStandInFurtherDownTheChainSeesTheHolderOnlyWhenEveryoneBeforeIsAway() {
    Scenario s = new Scenario();
    s.org.person("k2", ICT, "ทดสอบ สำรอง").standIn("khwansiri", "k2", 1, "275/2561", "2.12");
    s.absent("nanphat");
    assertTrue(ActingResolver.optionsFor(s.facts(), "k2").stream().noneMatch(o -> o.principalUid().equals("nanphat")));
    s.absent("khwansiri");
    assertTrue(ActingResolver.optionsFor(s.facts(), "k2").stream().anyMatch(o -> o.principalUid().equals("nanphat")));
  }

  @Test
  void aDelegateSeesTheDelegatorWhileTheDelegationIsInForce() {
    Scenario s = new Scenario();
    Grant g = s.grant(1001, "director", "nanphat", "10000", InMemoryOrganization.OFFICE, Powers.APPROVE_REPAIR);
    List<ActingOption> options = ActingResolver.optionsFor(s.facts(), "nanphat");
    assertEquals(1, options.size());
    assertEquals("director", options.get(0).principalUid());
    assertEquals(g.until(), options.get(0).until());
    s.grant(Scenario.with(g, null, null, null, Scenario.NOW.minusSeconds(1)));
    assertTrue(ActingResolver.optionsFor(s.facts(), "nanphat").isEmpty());
  }

  @Test
  void aPositionDelegateIsWhoeverHeadsTheUnitNow() {
    Scenario s = new Scenario();
    s.grant(new Grant(1002L, "director", DelegateKind.POSITION, InMemoryOrganization.FINANCE, Set.of(Powers.APPROVE_REPAIR),
        null, InMemoryOrganization.OFFICE, Scenario.NOW.minusDays(1), Scenario.NOW.plusDays(1), null, "บันทึกข้อความ",
        false, null, null, null));
    assertEquals(1, ActingResolver.optionsFor(s.facts(), "somchai").size());
    s.org.head(InMemoryOrganization.FINANCE, "sinlapachai");
    assertTrue(ActingResolver.optionsFor(s.facts(), "somchai").isEmpty());
    assertEquals(1, ActingResolver.optionsFor(s.facts(), "sinlapachai").size());
  }

  @Test
  void theOrdersDuplicatedClauseCountsOnceAndTheHoldersClauseWins() {
    Scenario s = new Scenario();
    assertEquals(1, ActingResolver.ordered(s.org.standInsOf("nanphat", Scenario.NOW.toLocalDate())).size());
    assertEquals("1.10", ActingResolver.ordered(s.org.standInsOf("nanphat", Scenario.NOW.toLocalDate())).get(0).dutyNumber());
  }
}
