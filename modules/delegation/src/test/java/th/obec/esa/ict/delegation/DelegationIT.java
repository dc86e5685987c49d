package th.obec.esa.ict.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.obec.esa.ict.core.audit.AuditService;
import th.obec.esa.ict.delegation.absence.AbsenceService;
import th.obec.esa.ict.delegation.absence.InvalidAbsenceException;
import th.obec.esa.ict.delegation.api.AbsenceKind;
import th.obec.esa.ict.delegation.api.AbsenceView;
import th.obec.esa.ict.delegation.api.ActingRecordQuery;
import th.obec.esa.ict.delegation.api.ActingRecordView;
import th.obec.esa.ict.delegation.api.ActingResolution;
import th.obec.esa.ict.delegation.api.Authority;
import th.obec.esa.ict.delegation.api.AuthorityRefusedException;
import th.obec.esa.ict.delegation.api.AuthorityRequest;
import th.obec.esa.ict.delegation.api.BasisKind;
import th.obec.esa.ict.delegation.api.DelegateKind;
import th.obec.esa.ict.delegation.api.DelegationView;
import th.obec.esa.ict.delegation.api.InvalidDelegationException;
import th.obec.esa.ict.delegation.api.NewAbsence;
import th.obec.esa.ict.delegation.api.NewDelegation;
import th.obec.esa.ict.delegation.api.Powers;
import th.obec.esa.ict.delegation.authority.ActingService;
import th.obec.esa.ict.delegation.grant.DelegationService;
import th.obec.esa.ict.delegation.power.PowerService;
import th.obec.esa.ict.delegation.record.ActingRecordService;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.testing.Deployments;
import th.obec.esa.ict.testing.ShiftedClock;

/**
 * The module on Payara Micro against the tests' PostgreSQL, with the test organisation port
 * (order 275/2561) and a clock the tests move: each test lives on a day of its own, far in the
 * future, so absences and delegations of one test never touch another's.
 */
@ExtendWith(ArquillianExtension.class)
class DelegationIT {

  private static final AtomicInteger SEQ = new AtomicInteger();
  private static final OffsetDateTime BASE = OffsetDateTime.parse("2100-01-05T09:00:00+07:00")
      .plusDays(ThreadLocalRandom.current().nextLong(0, 200_000));

  @Deployment
  static WebArchive deployment() {
    return Deployments.withMigrations(ShrinkWrap.create(WebArchive.class, "delegation-it.war"))
        .addPackages(true, "th.obec.esa.ict.delegation")
        .addClass(ShiftedClock.class)
        .addAsResource("META-INF/persistence.xml")
        .addAsLibraries(Deployments.libraries("platform", "core", "flyway-core", "flyway-database-postgresql",
            "jackson-databind", "jackson-core", "jackson-annotations", "jackson-dataformat-toml", "unboundid-ldapsdk",
            "postgresql", "commons-csv", "commons-io", "commons-codec"));
  }

  @EJB Authority authority;
  @EJB ActingService acting;
  @EJB AbsenceService absences;
  @EJB DelegationService delegations;
  @EJB ActingRecordService records;
  @EJB PowerService powers;
  @EJB AuditService audit;
  @Inject MovableClock clock;
  @Inject TestOrganization org;
  @Inject UserTransaction tx;

  private OffsetDateTime now;

  @BeforeEach
  void aDayOfItsOwn() {
    now = BASE.plusDays(45L * SEQ.incrementAndGet());
    clock.moveTo(now);
  }

  private static final Actor AUDITOR = Actor.self("it-auditor", Roles.AUDITOR);

  private static Actor self(String uid, String... roles) {
    return Actor.self(uid, roles.length == 0 ? new String[] {Roles.STAFF} : roles);
  }

  private Actor require(Actor actor, AuthorityRequest request) throws Exception {
    tx.begin();
    try {
      Actor signer = authority.require(actor, request);
      tx.commit();
      return signer;
    } catch (RuntimeException e) {
      tx.rollback();
      throw e;
    }
  }

  private AbsenceView away(String uid) {
    return absences.record(self(uid), new NewAbsence(uid, AbsenceKind.LEAVE, now.minusHours(1), now.plusHours(8), "ลาป่วย"));
  }

  private DelegationView repairsUpTo10000() {
    return delegations.create(self("director", Roles.DIRECTOR), new NewDelegation("director", DelegateKind.PERSON,
        "nanphat", Set.of(Powers.APPROVE_REPAIR), new BigDecimal("10000"), InMemoryOrganization.OFFICE, now.minusMinutes(5),
        now.plusDays(7), "312/2568", null, false, null));
  }

  @Test
  void theCatalogueOfPowersIsSeeded() {
    assertTrue(powers.all().stream().anyMatch(p -> p.code().equals(Powers.APPROVE_REPAIR) && p.formCodes().equals("F03")));
    // issue 17 added the ninth: approving a work process's yearly plan (V15_4), the area director's
    assertTrue(powers.all().stream().anyMatch(p -> p.code().equals(Powers.APPROVE_PLAN) && p.formCodes().equals("PLN")));
    assertEquals(9, powers.all().stream().filter(p -> p.code().startsWith("APPROVE_") || p.code().equals("SIGN_REPORT")).count());
  }

  @Test
  void withNanphatAwayTodayKhwansiriActsOnClause110AndWithoutTheAbsenceNanphatDoes() throws Exception {
    ActingResolution present = acting.resolve(Powers.APPROVE_ACCESS, InMemoryOrganization.ICT, null, Set.of());
    assertEquals("nanphat", present.actorUid());

    AbsenceView leave = away("nanphat");
    AuthorityRefusedException ownWhileAway = assertThrows(AuthorityRefusedException.class, () -> require(self("nanphat"),
        AuthorityRequest.of(Powers.APPROVE_ACCESS, InMemoryOrganization.ICT).participants("wiparat")));
    assertEquals("delegation.authority.holderAway", ownWhileAway.key(), "away, she does not decide in her own right");
    ActingResolution away = acting.resolve(Powers.APPROVE_ACCESS, InMemoryOrganization.ICT, null, Set.of());
    assertEquals("khwansiri", away.actorUid());
    assertEquals("275/2561", away.basis().orderNumber());
    assertEquals("1.10", away.basis().dutyNumber());
    assertTrue(acting.option("khwansiri", "nanphat", null).isPresent());

    String subject = "IT-" + SEQ.get();
    Actor signer = require(self("khwansiri").actingFor("nanphat", "chosen in the header"),
        AuthorityRequest.of(Powers.APPROVE_ACCESS, InMemoryOrganization.ICT).participants("wiparat").subject("access", subject));
    assertEquals("khwansiri", signer.uid());
    assertEquals("nanphat", signer.actingFor());
    assertTrue(signer.basis().contains("ตามคำสั่งที่ 275/2561 ข้อ 1.10"));

    List<ActingRecordView> rows = records.search(new ActingRecordQuery(null, "nanphat", now.minusMinutes(1), now.plusMinutes(1)), AUDITOR);
    assertEquals(1, rows.size());
    assertEquals("khwansiri", rows.get(0).actorUid());
    assertEquals("nanphat", rows.get(0).actingForUid());
    assertEquals(BasisKind.STAND_IN, rows.get(0).basisKind());
    assertEquals(subject, rows.get(0).subjectId());
    assertEquals(1, records.search(new ActingRecordQuery(null, "nanphat", now.minusMinutes(1), now.plusMinutes(1)),
        self("khwansiri")).size(), "who acted reads her own acting");
    assertEquals(0, records.search(new ActingRecordQuery(null, "nanphat", now.minusMinutes(1), now.plusMinutes(1)),
        self("wiparat-staff-only")).size(), "a stranger without an auditing role reads none of it");

    absences.end(self("nanphat"), leave.id());
    assertEquals("nanphat", acting.resolve(Powers.APPROVE_ACCESS, InMemoryOrganization.ICT, null, Set.of()).actorUid());
    assertTrue(acting.option("khwansiri", "nanphat", null).isEmpty());
    AuthorityRefusedException e = assertThrows(AuthorityRefusedException.class, () -> require(
        self("khwansiri").actingFor("nanphat", "stale"), AuthorityRequest.of(Powers.APPROVE_ACCESS, InMemoryOrganization.ICT)));
    assertEquals("delegation.authority.notActingNow", e.key());
  }

  @Test
  void theDirectorsDelegationLetsNanphatApprove9000AndRefuses12000() throws Exception {
    DelegationView d = repairsUpTo10000();
    assertTrue(d.inForce());
    Actor nanphat = self("nanphat").actingFor("director", "chosen");
    Actor signer = require(nanphat, AuthorityRequest.of(Powers.APPROVE_REPAIR, InMemoryOrganization.ICT)
        .amount(new BigDecimal("9000")).participants("somchai").subject("repair", "IT-9000-" + SEQ.get()));
    assertEquals("director", signer.actingFor());
    assertTrue(signer.basis().startsWith("ปฏิบัติราชการแทน นางสาวพนอ ทิพย์พิมลรัตน์ ตามการมอบอำนาจเลขที่ " + d.id()));

    AuthorityRefusedException e = assertThrows(AuthorityRefusedException.class, () -> require(nanphat,
        AuthorityRequest.of(Powers.APPROVE_REPAIR, InMemoryOrganization.ICT).amount(new BigDecimal("12000"))
            .subject("repair", "IT-12000-" + SEQ.get())));
    assertEquals("delegation.authority.aboveCeiling", e.key());
    assertEquals(0, new BigDecimal("12000").compareTo((BigDecimal) e.args()[0]));
    assertEquals(0, new BigDecimal("10000").compareTo((BigDecimal) e.args()[1]));
    List<ActingRecordView> rows = records.search(new ActingRecordQuery("nanphat", "director", now.minusMinutes(1), now.plusMinutes(1)), AUDITOR);
    assertEquals(1, rows.size(), "the refused approval left no record");
    assertEquals(d.id(), rows.get(0).delegationId());
    assertFalse(audit.forSubject("delegation", String.valueOf(d.id())).isEmpty());
  }

  @Test
  void aDelegationThatExpiredOneSecondAgoAllowsNothing() throws Exception {
    DelegationView d = repairsUpTo10000();
    AuthorityRequest small = AuthorityRequest.of(Powers.APPROVE_REPAIR, InMemoryOrganization.OFFICE).amount(BigDecimal.TEN);
    Actor nanphat = self("nanphat").actingFor("director", "chosen");
    clock.moveTo(d.until().minusSeconds(1));
    assertTrue(authority.check(nanphat, small).allowed());
    clock.moveTo(d.until().plusSeconds(1));
    assertEquals("delegation.authority.expired", authority.check(nanphat, small).reasonKey());
    assertTrue(acting.option("nanphat", "director", d.id()).isEmpty());
  }

  @Test
  void revocationWhileTheDelegateIsSignedInStopsHerAtOnce() throws Exception {
    DelegationView d = repairsUpTo10000();
    Actor signedIn = self("nanphat").actingFor("director", "chosen");
    AuthorityRequest small = AuthorityRequest.of(Powers.APPROVE_REPAIR, InMemoryOrganization.ICT).amount(BigDecimal.ONE);
    assertTrue(acting.option("nanphat", "director", d.id()).isPresent());
    assertTrue(authority.check(signedIn, small).allowed());
    assertThrows(InvalidDelegationException.class, () -> delegations.revoke(self("director"), d.id(), " "));
    assertThrows(InvalidDelegationException.class, () -> delegations.revoke(self("khwansiri"), d.id(), "ไม่ใช่ผู้มอบ"));
    DelegationView revoked = delegations.revoke(self("director"), d.id(), "กลับมาปฏิบัติราชการแล้ว");
    assertFalse(revoked.inForce());
    AuthorityRefusedException e = assertThrows(AuthorityRefusedException.class, () -> require(signedIn, small));
    assertEquals("delegation.authority.revoked", e.key());
    assertEquals("กลับมาปฏิบัติราชการแล้ว", e.args()[2]);
    assertTrue(acting.option("nanphat", "director", d.id()).isEmpty());
  }

  @Test
  void reDelegationIsRefusedUnlessGrantedAndNothingIsSaved() {
    DelegationView parent = repairsUpTo10000();
    int before = delegations.list(false, null).size();
    InvalidDelegationException e = assertThrows(InvalidDelegationException.class, () -> delegations.create(self("nanphat"),
        new NewDelegation("nanphat", DelegateKind.PERSON, "khwansiri", Set.of(Powers.APPROVE_REPAIR), new BigDecimal("5000"),
            InMemoryOrganization.OFFICE, now, now.plusDays(1), null, "บันทึกข้อความ", false, parent.id())));
    assertEquals("delegation.delegation.redelegationNotAllowed", e.key());
    assertEquals(before, delegations.list(false, null).size());
  }

  @Test
  void aDelegateMayNotApproveHerOwnRequest() {
    repairsUpTo10000();
    AuthorityRefusedException e = assertThrows(AuthorityRefusedException.class, () -> require(
        self("nanphat").actingFor("director", "chosen"), AuthorityRequest.of(Powers.APPROVE_REPAIR, InMemoryOrganization.ICT)
            .amount(new BigDecimal("500")).participants("nanphat").subject("repair", "own")));
    assertEquals("delegation.authority.ownRequest", e.key());
  }

  @Test
  void theChainGoesOnWhenTheStandInIsAwayTooAndACycleGoesUp() {
    String n = "it" + SEQ.get();
    String unit = "T-" + n;
    org.unit(unit, InMemoryOrganization.OFFICE, n + "h").person(n + "h", unit, "ทดสอบ หัวหน้า " + n)
        .person(n + "a", unit, "ทดสอบ ก " + n).person(n + "b", unit, "ทดสอบ ข " + n)
        .standIn(n + "h", n + "a", 1, "999/2599", "1.1").standIn(n + "a", n + "b", 1, "999/2599", "2.1")
        .standIn(n + "b", n + "h", 1, "999/2599", "3.1");
    away(n + "h");
    away(n + "a");
    ActingResolution chain = acting.resolve(Powers.APPROVE_LOAN, unit, null, Set.of());
    assertEquals(n + "b", chain.actorUid());
    assertEquals(n + "h", chain.basis().principalUid());
    assertEquals("2.1", chain.basis().dutyNumber());
    away(n + "b");
    ActingResolution cycle = acting.resolve(Powers.APPROVE_LOAN, unit, null, Set.of());
    assertEquals("director", cycle.actorUid());
    assertTrue(cycle.escalated());
    assertEquals(BasisKind.ESCALATION, cycle.basis().kind());
  }

  @Test
  void anAbsenceIsRecordedByThePersonOrAboveAndNeverTwiceAtOnce() {
    assertThrows(InvalidAbsenceException.class, () -> absences.record(self("khwansiri"),
        new NewAbsence("nanphat", AbsenceKind.LEAVE, now, now.plusHours(2), null)));
    AbsenceView travel = absences.record(self("director"),
        new NewAbsence("khwansiri", AbsenceKind.OFFICIAL_TRAVEL, now, now.plusDays(2), "ไปราชการ กรุงเทพฯ"));
    assertEquals("director", travel.recordedBy());
    InvalidAbsenceException overlap = assertThrows(InvalidAbsenceException.class, () -> absences.record(self("khwansiri"),
        new NewAbsence("khwansiri", AbsenceKind.LEAVE, now.plusDays(1), now.plusDays(3), null)));
    assertEquals("delegation.absence.overlaps", overlap.key());
    assertTrue(absences.overlapping(now.minusDays(1), now.plusDays(1)).stream().anyMatch(a -> a.id().equals(travel.id())));
    absences.end(self("khwansiri"), travel.id());
    assertTrue(absences.find(travel.id()).orElseThrow().until().isBefore(now.plusMinutes(1)));
  }

  @Test
  void theActingRecordExportsAsCsvWithBothPeople() throws Exception {
    away("nanphat");
    String subject = "csv-" + SEQ.incrementAndGet() + "-" + System.nanoTime();
    require(self("khwansiri").actingFor("nanphat", "chosen"),
        AuthorityRequest.of(Powers.APPROVE_USE_REQUEST, InMemoryOrganization.ICT).subject("use", subject));
    String csv = records.csv(new ActingRecordQuery("khwansiri", "nanphat", now.minusMinutes(1), now.plusMinutes(1)), AUDITOR);
    String[] all = csv.split("\r\n");
    assertTrue(all[0].startsWith("\uFEFFid,"));
    // this test's own row (another test may record the same two people in the same minute)
    String[] lines = {all[0], java.util.Arrays.stream(all).filter(l -> l.contains(subject)).findFirst().orElseThrow()};
    assertTrue(lines[1].contains("khwansiri") && lines[1].contains("nanphat")
        && lines[1].contains("นางขวัญศิริ กองช่าง") && lines[1].contains("275/2561"));
    var row = acting.overview(now).stream().filter(r -> r.principalUid().equals("nanphat")).findFirst().orElseThrow();
    assertEquals("khwansiri", row.actorUid());
    assertEquals("LEAVE", row.absenceKind());
  }

  @Test
  void anActingRecordCellThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() throws Exception {
    away("nanphat");
    String subject = "=HYPERLINK(\"http://x\")-" + SEQ.get();
    require(self("khwansiri").actingFor("nanphat", "chosen"),
        AuthorityRequest.of(Powers.APPROVE_USE_REQUEST, InMemoryOrganization.ICT).subject("use", subject));
    String csv = records.csv(new ActingRecordQuery("khwansiri", "nanphat", now.minusMinutes(1), now.plusMinutes(1)), AUDITOR);
    assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")-"), csv);
    assertFalse(csv.contains(",=HYPERLINK") || csv.contains(",\"=HYPERLINK"), csv);
  }

  // ---------------------------------------------------------------- issue 15: four eyes on powers

  private NewDelegation repairsTo(String delegate, String order) {
    return new NewDelegation("director", DelegateKind.PERSON, delegate, Set.of(Powers.APPROVE_REPAIR),
        new BigDecimal("1000"), InMemoryOrganization.OFFICE, now.minusMinutes(5), now.plusDays(7), order, null, false, null);
  }

  private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  @Test
  void anAdministratorsDelegationToHerselfIsRefusedAndOneToAnotherAllowsNothingUntilASecondPersonConfirmsIt()
      throws Exception {
    Actor wiparat = self("wiparat", Roles.ORG_ADMIN);
    InvalidDelegationException herself = assertThrows(InvalidDelegationException.class,
        () -> delegations.create(wiparat, repairsTo("wiparat", "T15/1")));
    assertEquals("delegation.delegation.delegate.enterer", herself.key());

    DelegationView pending = delegations.create(wiparat, repairsTo("nanphat", "T15/2"));
    assertTrue(pending.pending());
    assertFalse(pending.inForce());
    AuthorityRequest repair = AuthorityRequest.of(Powers.APPROVE_REPAIR, InMemoryOrganization.ICT)
        .amount(new BigDecimal("500")).participants("somchai").subject("repair", "T15-" + SEQ.get());
    AuthorityRefusedException refused = assertThrows(AuthorityRefusedException.class,
        () -> require(self("nanphat").actingFor("director", "x"), repair));
    assertEquals("delegation.authority.pending", refused.key());

    // the pages show it to who may confirm it (the delegator) and to who may attach the scan (the enterer)
    var forDirector = delegations.pendingFor(self("director", Roles.DIRECTOR)).stream()
        .filter(p -> p.delegation().id().equals(pending.id())).findFirst().orElseThrow();
    assertTrue(forDirector.mayConfirm());
    var forEnterer = delegations.pendingFor(wiparat).stream()
        .filter(p -> p.delegation().id().equals(pending.id())).findFirst().orElseThrow();
    assertFalse(forEnterer.mayConfirm());
    assertTrue(forEnterer.mayAttach());
    assertTrue(delegations.pendingFor(self("somchai", Roles.STAFF)).stream()
        .noneMatch(p -> p.delegation().id().equals(pending.id())), "a stranger is not asked");

    assertEquals("delegation.delegation.confirm.enterer", assertThrows(InvalidDelegationException.class,
        () -> delegations.confirm(wiparat, pending.id())).key());
    assertEquals("delegation.delegation.confirm.delegate", assertThrows(InvalidDelegationException.class,
        () -> delegations.confirm(self("nanphat", Roles.ORG_ADMIN), pending.id())).key());
    assertEquals("delegation.delegation.scan.required", assertThrows(InvalidDelegationException.class,
        () -> delegations.confirm(self("director", Roles.DIRECTOR), pending.id())).key());
    assertEquals("delegation.delegation.scan.notPdf", assertThrows(InvalidDelegationException.class,
        () -> delegations.attachScan(wiparat, pending.id(), "x.pdf", "hello".getBytes())).key());
    delegations.attachScan(wiparat, pending.id(), "order-T15-2.pdf", PDF);
    assertTrue(delegations.scan(pending.id()).isPresent());

    DelegationView confirmed = delegations.confirm(self("director", Roles.DIRECTOR), pending.id());
    assertFalse(confirmed.pending());
    assertTrue(confirmed.inForce());
    assertEquals("wiparat", confirmed.enteredBy());
    assertEquals("director", confirmed.confirmedBy());
    assertTrue(delegations.pendingFor(self("director", Roles.DIRECTOR)).stream()
        .noneMatch(p -> p.delegation().id().equals(pending.id())), "confirmed: no longer waiting");
    assertEquals("nanphat", require(self("nanphat").actingFor("director", "x"), repair).uid());

    AuthorityRefusedException noAmount = assertThrows(AuthorityRefusedException.class,
        () -> require(self("nanphat").actingFor("director", "x"), repair.amount(null)));
    assertEquals("delegation.authority.amountRequired", noAmount.key());
    assertTrue(acting.ceilingApplies(Powers.APPROVE_REPAIR, InMemoryOrganization.ICT));
  }

  @Test
  void anActDoneUnderAnAbsenceSomeoneElseRecordedIsMarkedAndTheAbsentPersonCanUndoIt() throws Exception {
    AbsenceView byAdmin = absences.record(self("wiparat", Roles.ORG_ADMIN),
        new NewAbsence("nanphat", AbsenceKind.OTHER, now.minusHours(1), now.plusHours(8), "บันทึกโดยผู้ดูแล"));
    assertTrue(absences.recordedByOthersFor(self("nanphat")).stream().anyMatch(a -> a.id().equals(byAdmin.id())));
    assertTrue(absences.recordedByOthersFor(self("director", Roles.DIRECTOR)).stream()
        .anyMatch(a -> a.id().equals(byAdmin.id())));
    assertTrue(absences.recordedByOthersFor(self("somchai")).stream().noneMatch(a -> a.id().equals(byAdmin.id())));

    String subject = "T15-tp-" + SEQ.get();
    require(self("khwansiri").actingFor("nanphat", "x"),
        AuthorityRequest.of(Powers.APPROVE_ACCESS, InMemoryOrganization.ICT).participants("wiparat").subject("access", subject));
    List<ActingRecordView> rows = records.search(new ActingRecordQuery(null, "nanphat", now.minusMinutes(1),
        now.plusMinutes(1)), AUDITOR).stream().filter(r -> subject.equals(r.subjectId())).toList();
    assertEquals(1, rows.size());
    assertTrue(rows.get(0).thirdPartyAbsence(), "done under an absence wiparat recorded for nanphat");

    absences.end(self("nanphat"), byAdmin.id());
    assertEquals("nanphat", acting.resolve(Powers.APPROVE_ACCESS, InMemoryOrganization.ICT, null, Set.of()).actorUid());
  }
}
