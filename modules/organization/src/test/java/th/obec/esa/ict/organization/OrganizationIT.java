package th.obec.esa.ict.organization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.obec.esa.ict.core.audit.AuditEntry;
import th.obec.esa.ict.core.audit.AuditService;
import th.obec.esa.ict.organization.api.DirectoryMatches;
import th.obec.esa.ict.organization.api.DirectoryMatching;
import th.obec.esa.ict.organization.api.MatchAccepted;
import th.obec.esa.ict.organization.api.StaffRef;
import th.obec.esa.ict.organization.api.SyncReport;
import th.obec.esa.ict.organization.api.DocumentSettings;
import th.obec.esa.ict.organization.api.DocumentSettingsInput;
import th.obec.esa.ict.organization.api.OfficeDocuments;
import th.obec.esa.ict.organization.api.YearBasis;
import th.obec.esa.ict.organization.api.StandInRef;
import th.obec.esa.ict.organization.api.StandIns;
import th.obec.esa.ict.organization.importing.AnomalyCode;
import th.obec.esa.ict.organization.importing.ImportRejectedException;
import th.obec.esa.ict.organization.importing.ImportReport;
import th.obec.esa.ict.organization.importing.OrderImportService;
import th.obec.esa.ict.organization.order.AssignmentView;
import th.obec.esa.ict.organization.order.DutyHit;
import th.obec.esa.ict.organization.order.OrderService;
import th.obec.esa.ict.organization.order.OrderView;
import th.obec.esa.ict.organization.order.PersonView;
import th.obec.esa.ict.organization.order.StandInView;
import th.obec.esa.ict.organization.process.ProcessService;
import th.obec.esa.ict.organization.staff.StaffEdit;
import th.obec.esa.ict.organization.staff.StaffService;
import th.obec.esa.ict.organization.staff.StaffStatus;
import th.obec.esa.ict.organization.staff.StaffSummary;
import th.obec.esa.ict.organization.unit.ChartNode;
import th.obec.esa.ict.organization.unit.OrganizationService;
import th.obec.esa.ict.organization.unit.UnitView;
import th.obec.esa.ict.platform.security.AccessDeniedException;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.testing.Deployments;

/**
 * The organisation module on Payara Micro against PostgreSQL: the reference data of the manual,
 * the history across a superseding order, imports that save all or nothing, and audited edits.
 * Every test that writes uses its own order numbers and names, so the tests share one database.
 */
@ExtendWith(ArquillianExtension.class)
class OrganizationIT {

  private static final Actor ADMIN = Actor.self("wiparat", Roles.STAFF, Roles.ORG_ADMIN);
  private static final Actor STAFF_ONLY = Actor.self("khwansiri", Roles.STAFF, Roles.ICT_OFFICER);
  private static final LocalDate DAY_OF_275 = LocalDate.of(2018, 10, 16);
  private static final long NANPHAT = 4;
  private static final long KHWANSIRI = 5;

  @Deployment
  static WebArchive deployment() {
    return Deployments.withMigrations(ShrinkWrap.create(WebArchive.class, "organization-it.war"))
        .addPackages(true, "th.obec.esa.ict.organization")
        .addAsResource("META-INF/persistence.xml")
        .addAsResource("order-275-2561.csv")
        .addAsLibraries(Deployments.libraries("platform", "core", "flyway-core", "flyway-database-postgresql",
            "jackson-databind", "jackson-core", "jackson-annotations", "jackson-dataformat-toml", "unboundid-ldapsdk",
            "postgresql", "commons-csv", "commons-io", "commons-codec", "poi", "xmlbeans", "commons-compress",
            "commons-lang3", "commons-collections4", "commons-math3", "SparseBitSet", "curvesapi", "log4j-api"));
  }

  @EJB OrganizationService organization;
  @EJB StaffService staff;
  @EJB OrderService orders;
  @EJB ProcessService processes;
  @EJB OrderImportService imports;
  @EJB StandIns standIns;
  @EJB AuditService auditService;
  @EJB DirectoryMatching matching;
  @EJB StandIns standInsApi;
  @EJB OfficeDocuments documents;

  private static String sample() {
    try (InputStream in = OrganizationIT.class.getClassLoader().getResourceAsStream("order-275-2561.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int uniqueNumber() {
    return ThreadLocalRandom.current().nextInt(1000, 99999);
  }

  @Test
  void theReferenceDataOfTheManualIsLoaded() {
    List<UnitView> units = organization.units();
    assertEquals(9, units.size());
    assertTrue(units.stream().allMatch(u -> !u.duties().isEmpty()));
    assertEquals(3, units.get(2).subUnits().size(), "the ICT group's three sub-units of 2553");
    assertEquals(7 + 5 + 6, units.get(2).subUnits().stream().mapToInt(u -> u.duties().size()).sum());
    assertEquals(6, units.get(2).duties().stream().filter(d -> d.announcementCode().startsWith("OBEC")).count());
    assertEquals(16, processes.processes().size());
    assertEquals(22, processes.forms().size());
    assertEquals(List.of(10), processes.getForm("F08").processes().stream().map(p -> p.number()).toList());
    assertNull(organization.officeView().letterNumberPrefix(), "not printed in the manual: an administrator fills it in");
  }

  @Test
  void khwansiriIsFoundByHerThaiNameAndStandsInForNanphatByDuty211() {
    List<StaffSummary> found = staff.search("ขวัญศิริ");
    assertEquals(1, found.size());
    assertEquals("อ 34", found.get(0).positionNumber());
    assertEquals(found, staff.search("นางขวัญศิริ กองช่าง"));
    assertEquals(found.get(0).id(), staff.search("Kongchang").get(0).id());
    assertEquals(found.get(0).id(), staff.search("อ ๓๔").get(0).id());

    PersonView page = staff.person(KHWANSIRI, LocalDate.now());
    assertEquals(12, page.assignment().numberedDuties().size());
    assertEquals("275/2561", page.assignment().orderNumber());
    StandInView forNanphat = page.standsInFor().get(0);
    assertEquals("นางนันทน์ภัส เกียรติมาพรศักดิ์", forNanphat.holder().fullNameTh());
    assertTrue(forNanphat.dutyNumbers().contains("2.11"));
    assertEquals(1, page.standsInFor().size(), "one relation, though printed in 1.10 and 2.11");

    List<StandInRef> api = standIns.standingInFor("khwansiri", LocalDate.now());
    assertEquals("nanphat", api.get(0).holder().uid());
    assertTrue(api.get(0).basis().contains("275/2561"));
    assertEquals("khwansiri", standIns.standInsOf("nanphat", LocalDate.now()).get(0).standIn().uid());
    assertEquals("nanphat", standIns.unitDirectorOf(3, LocalDate.now()).map(StaffRef::uid).orElseThrow());
    assertEquals("nanphat", standIns.unitDirectorFor("khwansiri", LocalDate.now()).map(StaffRef::uid).orElseThrow());
    assertEquals("director", standIns.officeDirector().map(StaffRef::uid).orElseThrow());
    assertTrue(standIns.standInsOf("khwansiri", DAY_OF_275.minusDays(1)).isEmpty(), "before the order, nothing");
  }

  @Test
  void theDriversStandInsAreRankedAndNeedReview() {
    long driver = 3;
    List<StandInView> ranked = orders.standInsOf(driver, LocalDate.now());
    assertEquals(List.of("จ๋านงค์", "สุนันท์", "วิทยา"), ranked.stream().map(s -> s.standIn().givenNameTh()).toList());
    assertEquals(List.of(1, 2, 3), ranked.stream().map(StandInView::rank).toList());
    assertTrue(ranked.stream().allMatch(s -> s.standIn().needsReview()));
    assertTrue(staff.get(driver).nameUnknown());
  }

  @Test
  void theChartShowsEachUnitsActingDirectorByTheOrderInForce() {
    List<ChartNode> chart = organization.chart(LocalDate.now());
    assertEquals(9, chart.size());
    assertEquals("wiparat", chart.get(0).director().uid());
    assertEquals("nanphat", chart.get(2).director().uid());
    assertEquals("somchai", chart.get(3).director().uid());
    assertNull(chart.get(1).director());
    assertTrue(chart.get(2).staff().stream().anyMatch(s -> "khwansiri".equals(s.uid())));
  }

  @Test
  void whoHandlesASearchFindsTheDutyLineAndItsPerson() {
    List<DutyHit> hits = orders.whoHandles("วีดิโอคอนเฟอร์เรนซ์");
    assertEquals(2, hits.size());
    assertTrue(hits.stream().anyMatch(h -> h.staff().id() == NANPHAT && "1.7".equals(h.dutyNumber())));
    assertTrue(hits.stream().anyMatch(h -> h.staff().id() == KHWANSIRI && "2.6".equals(h.dutyNumber())));
    assertEquals("2.7", orders.whoHandles("สมุดทะเบียน").get(0).dutyNumber(), "a bullet line cites its duty");
    assertTrue(orders.whoHeld("วีดิโอคอนเฟอร์เรนซ์", DAY_OF_275.minusDays(1)).isEmpty());
  }

  @Test
  void aNewOrderSupersedesTheOldFromItsDateAndHistoryStaysAnswerable() {
    int n = uniqueNumber();
    String person = "ประวัติ" + n;
    String duty = "ดูแลระบบทดสอบประวัติ" + n;
    String first = "เลขที่คำสั่ง," + n + "/2590\nเรื่อง,มอบหมายหน้าที่\nสั่ง ณ วันที่,1/10/2590\n\n"
        + "กลุ่ม,ลำดับ,ชื่อ,นามสกุล,ตำแหน่ง,ข้อ,หน้าที่\n"
        + "กลุ่มนโยบายและแผน,1,นายหนึ่ง," + person + ",นักวิเคราะห์นโยบายและแผน,1.1," + duty + "\n"
        + "กลุ่มนโยบายและแผน,2,นายสอง," + person + ",นักวิเคราะห์นโยบายและแผน,2.1,งานอื่น\n";
    ImportReport a = imports.importOrder(ADMIN, "first.csv", first.getBytes(StandardCharsets.UTF_8));
    String second = "เลขที่คำสั่ง," + n + "/2591\nแทนคำสั่งที่," + n + "/2590\nเรื่อง,มอบหมายหน้าที่\n"
        + "สั่ง ณ วันที่,20/9/2591\nมีผลตั้งแต่,1/10/2591\n\n"
        + "กลุ่ม,ลำดับ,ชื่อ,นามสกุล,ข้อ,หน้าที่\n"
        + "กลุ่มนโยบายและแผน,1,นายสอง," + person + ",1.1," + duty + "\n"
        + "กลุ่มนโยบายและแผน,2,นายหนึ่ง," + person + ",2.1,งานอื่น\n";
    ImportReport b = imports.importOrder(ADMIN, "second.csv", second.getBytes(StandardCharsets.UTF_8));
    assertEquals(2, b.count(AnomalyCode.PERSON_MATCHED));

    OrderView older = orders.getOrder(a.savedOrderId());
    assertEquals("SUPERSEDED", older.summary().status());
    assertEquals(LocalDate.of(2048, 10, 1), older.summary().effectiveTo());
    assertEquals(b.savedOrderId(), older.supersededBy().get(0).id());

    LocalDate inFirst = LocalDate.of(2048, 9, 30);
    LocalDate inSecond = LocalDate.of(2048, 10, 1);
    assertEquals("หนึ่ง", orders.whoHeld(duty, inFirst).get(0).staff().givenNameTh());
    assertEquals("สอง", orders.whoHeld(duty, inSecond).get(0).staff().givenNameTh());
    assertEquals(1, orders.whoHeld(duty, inSecond).size(), "the superseded order no longer answers");
    long one = orders.whoHeld(duty, inFirst).get(0).staff().id();
    AssignmentView then = orders.whatHeld(one, inFirst).orElseThrow();
    AssignmentView now = orders.whatHeld(one, inSecond).orElseThrow();
    assertEquals(n + "/2590", then.orderNumber());
    assertEquals(n + "/2591", now.orderNumber());
    assertEquals("งานอื่น", now.duties().get(0).text());
    assertEquals(duty, orders.dutyOf(one, "๑.๑", inFirst).orElseThrow().text());
    assertTrue(orders.whatHeld(one, LocalDate.of(2047, 9, 30)).isEmpty());
    assertEquals(2, orders.ordersOf(one).size());
  }

  @Test
  void anImportOfTheSampleSavesEveryPersonLineAndStandIn() {
    int n = uniqueNumber();
    String csv = sample().replace("เลขที่คำสั่ง,275/2561", "เลขที่คำสั่ง," + n + "/2599")
        .replace("สั่ง ณ วันที่,16/10/2561", "สั่ง ณ วันที่,16/10/2599");
    ImportReport preview = imports.preview(ADMIN, "order.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertFalse(preview.isFatal(), () -> preview.anomalies().toString());
    assertNull(preview.savedOrderId());

    ImportReport r = imports.importOrder(ADMIN, "order.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertEquals(6, r.persons());
    assertEquals(81, r.dutyLines());
    assertEquals(6, r.standIns());
    assertEquals(5, r.count(AnomalyCode.PERSON_MATCHED));
    assertEquals(1, r.count(AnomalyCode.NAME_CUT));
    assertEquals(4, r.count(AnomalyCode.STAND_IN_ALREADY_REFERENCED));
    assertEquals(0, r.referencedOnly());

    OrderView saved = orders.getOrder(r.savedOrderId());
    assertEquals(6, saved.assignments().size());
    assertEquals(81, saved.assignments().stream().mapToInt(x -> x.allLines().size()).sum());
    assertEquals("ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป", saved.effectiveFromPrinted());
    assertTrue(saved.summary().excerpt());
    LocalDate then = LocalDate.of(2056, 10, 20);
    assertEquals(n + "/2599", orders.whatHeld(KHWANSIRI, then).orElseThrow().orderNumber());
    assertEquals(12, orders.whatHeld(KHWANSIRI, then).orElseThrow().numberedDuties().size());
    assertEquals(List.of("1.10", "2.11"), orders.standInsOf(NANPHAT, then).get(0).dutyNumbers());
    assertEquals("275/2561", orders.whatHeld(KHWANSIRI, LocalDate.now()).orElseThrow().orderNumber());
    List<AuditEntry> audit = auditService.forSubject("order", String.valueOf(r.savedOrderId()));
    assertEquals("organization.order.imported", audit.get(0).getAction());
    assertEquals("wiparat", audit.get(0).getActorUid());
  }

  @Test
  void anImportWithOneFatalRowSavesNothingAndNamesTheRow() {
    int n = uniqueNumber();
    String csv = sample().replace("เลขที่คำสั่ง,275/2561", "เลขที่คำสั่ง," + n + "/2598")
        .replace(",5.2.8,", ",5.2.x,");
    int unknownBefore = staff.needingReview().size();
    ImportRejectedException e = assertThrows(ImportRejectedException.class,
        () -> imports.importOrder(ADMIN, "bad.csv", csv.getBytes(StandardCharsets.UTF_8)));
    assertEquals(AnomalyCode.BAD_DUTY_NUMBER, e.firstFatal().code());
    assertEquals(20, e.firstFatal().row());
    assertEquals("organization.import.rejected", e.key());
    assertEquals(20, e.args()[0]);
    assertTrue(orders.findOrder(n, 2598).isEmpty());
    assertEquals(unknownBefore, staff.needingReview().size());
  }

  @Test
  void editsAndImportsAreRefusedWithoutTheOrgAdminRole() {
    StaffSummary s = staff.get(11);
    assertThrows(AccessDeniedException.class,
        () -> staff.update(STAFF_ONLY, 11, StaffEdit.of(s).withEnglishName("Sutthiphan", "Saengkham")));
    assertThrows(AccessDeniedException.class,
        () -> imports.importOrder(STAFF_ONLY, "x.csv", sample().getBytes(StandardCharsets.UTF_8)));
    assertThrows(AccessDeniedException.class, () -> orders.correctDutyLine(STAFF_ONLY, 49, null, "x", null));
    assertEquals(s.version(), staff.get(11).version());
  }

  @Test
  void anEditIsAuditedAndAStaleOneIsRefused() {
    long id = 10;
    StaffSummary before = staff.get(id);
    String note = "ตรวจสอบแล้ว " + uniqueNumber();
    StaffSummary after = staff.update(ADMIN, id, StaffEdit.of(before).withStatus(StaffStatus.valueOf(before.status()), note));
    assertEquals(note, after.reviewNote());
    assertEquals(before.version() + 1, after.version());
    List<AuditEntry> entries = auditService.forSubject("staff", String.valueOf(id));
    AuditEntry last = entries.get(entries.size() - 1);
    assertEquals("organization.staff.updated", last.getAction());
    assertEquals("wiparat", last.getActorUid());
    assertTrue(last.getDetail().contains(note));

    StaleEditException stale = assertThrows(StaleEditException.class,
        () -> staff.update(ADMIN, id, StaffEdit.of(before).withEnglishName("Witthaya", null)));
    assertEquals("organization.edit.stale", stale.key());
    assertNull(staff.get(id).givenNameEn(), "the stale edit changed nothing");
  }

  @Test
  void aDutyLineCorrectionIsAuditedWithTheOldText() {
    long line = 43;
    var node = orders.whatHeld(KHWANSIRI, LocalDate.now()).orElseThrow().allLines().stream()
        .filter(d -> d.id() == line).findFirst().orElseThrow();
    var corrected = orders.correctDutyLine(ADMIN, line, node.version(), node.text(), "ตรวจกับต้นฉบับแล้ว");
    assertEquals(node.version() + 1, corrected.version());
    List<AuditEntry> entries = auditService.forSubject("dutyLine", String.valueOf(line));
    assertTrue(entries.get(entries.size() - 1).getDetail().contains("275/2561 ข้อ 2.7"));
    assertThrows(StaleEditException.class, () -> orders.correctDutyLine(ADMIN, line, node.version(), "x", null));
  }

  // ---- directory matching (issue 18): the tests' own order and accounts, so the demo people stay as they are

  /** An order in force today naming two people of a test's own, the second standing in for the first (clause 1.2). */
  private ImportReport orderInForceWith(int n, String given1, String family1, String given2, String family2) {
    String csv = "เลขที่คำสั่ง," + n + "/2568\nเรื่อง,มอบหมายหน้าที่ทดสอบการจับคู่\nสั่ง ณ วันที่,1/10/2568\n\n"
        + "กลุ่ม,ลำดับ,ชื่อ,นามสกุล,ตำแหน่ง,ข้อ,หน้าที่,ผู้ปฏิบัติหน้าที่แทน\n"
        + "กลุ่มนโยบายและแผน,1,นาง" + given1 + "," + family1 + ",นักวิเคราะห์นโยบายและแผน,1.1,งานจับคู่" + n + ",\n"
        + "กลุ่มนโยบายและแผน,1,,,,1.2,งานแทน" + n + ",นาย" + given2 + " " + family2 + "\n"
        + "กลุ่มนโยบายและแผน,2,นาย" + given2 + "," + family2 + ",นักวิเคราะห์นโยบายและแผน,2.1,งานอื่น" + n + ",\n";
    ImportReport r = imports.importOrder(ADMIN, "match.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertFalse(r.isFatal(), () -> r.anomalies().toString());
    return r;
  }

  private static com.unboundid.ldap.sdk.LDAPConnection ldap() throws com.unboundid.ldap.sdk.LDAPException {
    var c = org.eclipse.microprofile.config.ConfigProvider.getConfig();
    var url = new com.unboundid.ldap.sdk.LDAPURL(c.getValue("ict.ldap.url", String.class));
    var conn = new com.unboundid.ldap.sdk.LDAPConnection(url.getHost(), url.getPort());
    conn.bind(c.getValue("ict.ldap.bind-dn", String.class), c.getValue("ict.ldap.bind-password", String.class));
    return conn;
  }

  private static String userDn(String uid) {
    return "uid=" + uid + "," + org.eclipse.microprofile.config.ConfigProvider.getConfig()
        .getValue("ict.ldap.user-base", String.class);
  }

  private static void addAccount(String uid, String display, String given, String family) throws Exception {
    try (var conn = ldap()) {
      conn.add(new com.unboundid.ldap.sdk.Entry(userDn(uid),
          new com.unboundid.ldap.sdk.Attribute("objectClass", "top", "person", "organizationalPerson", "inetOrgPerson"),
          new com.unboundid.ldap.sdk.Attribute("uid", uid), new com.unboundid.ldap.sdk.Attribute("cn", display),
          new com.unboundid.ldap.sdk.Attribute("displayName", display),
          new com.unboundid.ldap.sdk.Attribute("givenName", given), new com.unboundid.ldap.sdk.Attribute("sn", family)));
    }
  }

  private static void lock(String uid, boolean locked) throws Exception {
    try (var conn = ldap()) {
      conn.modify(userDn(uid), locked
          ? new com.unboundid.ldap.sdk.Modification(com.unboundid.ldap.sdk.ModificationType.REPLACE,
              "pwdAccountLockedTime", "000001010000Z")
          : new com.unboundid.ldap.sdk.Modification(com.unboundid.ldap.sdk.ModificationType.DELETE, "pwdAccountLockedTime"));
    }
  }

  private static long staffIdIn(DirectoryMatches m, String family) {
    return java.util.stream.Stream.of(m.proposed().stream().map(DirectoryMatches.MatchRow::staff),
            m.matched().stream().map(DirectoryMatches.MatchRow::staff), m.unmatchedStaff().stream())
        .flatMap(x -> x).filter(e -> e.nameTh() != null && e.nameTh().endsWith(family))
        .findFirst().orElseThrow(() -> new AssertionError(family + " not among " + m)).staffId();
  }

  @Test
  void theMatchesProposeAnAccountByThaiNameAndAcceptingLinksItWithAnAuditEntry() throws Exception {
    int n = uniqueNumber();
    String family1 = "จับคู่" + n;
    String family2 = "สำรอง" + n;
    orderInForceWith(n, "ทดสอบ", family1, "ทดแทน", family2);
    // the directory spells the display name with a title and other spacing; given and family name as in the order
    addAccount("t.match" + n, "นาง ทดสอบ  " + family1, "ทดสอบ", family1);
    addAccount("t.spare" + n, "นายทดแทน " + family2, "ทดแทน", family2);

    assertThrows(AccessDeniedException.class, () -> matching.matches(STAFF_ONLY), "org-admin only");
    DirectoryMatches m = matching.matches(ADMIN);
    assertTrue(m.directoryReachable(), m.directoryProblem());
    assertTrue(m.matched().stream().anyMatch(r -> r.staff().staffId() == KHWANSIRI && "khwansiri".equals(r.account().uid())),
        "the demo people are matched by uid");
    DirectoryMatches.MatchRow row = m.proposed().stream().filter(r -> r.account().uid().equals("t.match" + n))
        .findFirst().orElseThrow(() -> new AssertionError(m.proposed().toString()));
    assertEquals("NAME", row.basis());
    assertTrue(m.unmatchedAccounts().stream().noneMatch(a -> a.uid().equals("t.match" + n)));

    MatchAccepted accepted = matching.accept(ADMIN, row.staff().staffId(), "t.match" + n);
    assertTrue(accepted.changed());
    assertEquals("ACTIVE", accepted.state());
    assertEquals("t.match" + n, staff.get(row.staff().staffId()).uid());
    assertFalse(matching.accept(ADMIN, row.staff().staffId(), "t.match" + n).changed(), "accepting twice changes nothing");
    List<AuditEntry> entries = auditService.forSubject("staff", String.valueOf(row.staff().staffId()));
    assertEquals(1, entries.stream().filter(e -> e.getAction().equals("organization.directory.matched")).count());
    assertEquals("wiparat", entries.get(entries.size() - 1).getActorUid());

    // another person may not take the same account
    long spare = staffIdIn(matching.matches(ADMIN), family2);
    assertThrows(OrganizationException.class, () -> matching.accept(ADMIN, spare, "t.match" + n));
    assertThrows(OrganizationException.class, () -> matching.accept(ADMIN, spare, "no.such.account" + n));

    // all exact matches at once: the stand-in is linked too
    List<MatchAccepted> all = matching.acceptAllExact(ADMIN);
    assertTrue(all.stream().anyMatch(a -> a.staffId() == spare && a.uid().equals("t.spare" + n)), all::toString);
    DirectoryMatches after = matching.matches(ADMIN);
    assertTrue(after.proposed().stream().noneMatch(r -> r.staff().staffId() == spare));
    assertTrue(after.matched().stream().anyMatch(r -> r.staff().staffId() == spare && r.basis().equals("UID")));
  }

  @Test
  void theSyncMarksADisabledAccountOnceAndTheStandInIsPassedOver() throws Exception {
    int n = uniqueNumber();
    String family1 = "ถือ" + n;
    String family2 = "แทน" + n;
    orderInForceWith(n, "ผู้ถือ", family1, "ผู้แทน", family2);
    addAccount("h.hold" + n, "นางผู้ถือ " + family1, "ผู้ถือ", family1);
    addAccount("s.stand" + n, "นายผู้แทน " + family2, "ผู้แทน", family2);
    DirectoryMatches m = matching.matches(ADMIN);
    long standIn = staffIdIn(m, family2);
    matching.accept(ADMIN, staffIdIn(m, family1), "h.hold" + n);
    matching.accept(ADMIN, standIn, "s.stand" + n);
    assertFalse(standInsApi.staffByUid("s.stand" + n).orElseThrow().accountDisabled());

    lock("s.stand" + n, true);
    try {
      SyncReport first = matching.sync(ADMIN);
      assertEquals("DONE", first.outcome());
      assertTrue(first.detail() != null && first.detail().contains("s.stand" + n + " ") && first.detail().contains("→ DISABLED"),
          first::toString);
      assertTrue(standInsApi.staffByUid("s.stand" + n).orElseThrow().accountDisabled(),
          "the acting resolution (through the port) now passes over the stand-in");
      assertTrue(matching.matches(ADMIN).marked().stream()
          .anyMatch(r -> r.staff().staffId() == standIn && r.state().equals("DISABLED")));
      assertEquals(1, auditService.forSubject("staff", String.valueOf(standIn)).stream()
          .filter(e -> e.getAction().equals("organization.directory.state")).count());

      SyncReport second = matching.sync(ADMIN);
      assertTrue(second.detail() == null || !second.detail().contains("s.stand" + n + " "),
          "a second run changes nothing: " + second);
      assertEquals(1, auditService.forSubject("staff", String.valueOf(standIn)).stream()
          .filter(e -> e.getAction().equals("organization.directory.state")).count());
      assertEquals(second.id(), matching.matches(ADMIN).syncs().get(0).id(), "the page shows the latest run first");
      assertFalse(auditService.forSubject("directory-sync", String.valueOf(second.id())).isEmpty());
    } finally {
      lock("s.stand" + n, false);
    }
    matching.sync(ADMIN);
    assertFalse(standInsApi.staffByUid("s.stand" + n).orElseThrow().accountDisabled(), "enabled again");
  }

  /**
   * Issue 18's acceptance in the production shape: her staff line carries no uid (a production
   * database, V9_2) and the office's directory knows นางขวัญศิริ กองช่าง as {@code k.kongchang}, not
   * as the demo's {@code khwansiri}. The matches propose her account by name; once accepted, her page
   * (position อ 34, stand-in for the group's director by duties 1.10 and 2.11) and the acting rules
   * follow the new uid. The demo account is taken out of the directory meanwhile (two accounts with
   * her name would be ambiguous) and everything is put back afterwards.
   */
  @Test
  void khwansirisOwnDirectoryAccountIsProposedByNameAndHerPageAndStandInsFollowIt() throws Exception {
    StaffSummary before = staff.get(KHWANSIRI);
    assertEquals("khwansiri", before.uid());
    com.unboundid.ldap.sdk.Entry demo;
    try (var conn = ldap()) {
      demo = conn.getEntry(userDn("khwansiri"));
      conn.delete(userDn("khwansiri"));
    }
    StaffSummary unlinked = staff.update(ADMIN, KHWANSIRI, new StaffEdit(before.version(), before.prefixTh(),
        before.givenNameTh(), before.familyNameTh(), before.givenNameEn(), before.familyNameEn(), null,
        before.unitId(), before.positionId(), StaffStatus.valueOf(before.status()), before.reviewNote()));
    assertNull(unlinked.uid());
    addAccount("k.kongchang", "นางขวัญศิริ กองช่าง", "ขวัญศิริ", "กองช่าง");
    try {
      DirectoryMatches m = matching.matches(ADMIN);
      DirectoryMatches.MatchRow row = m.proposed().stream().filter(r -> r.staff().staffId() == KHWANSIRI)
          .findFirst().orElseThrow(() -> new AssertionError("not proposed: " + m.proposed() + " " + m.ambiguous()));
      assertEquals("k.kongchang", row.account().uid());
      assertEquals("NAME", row.basis());
      assertTrue(matching.accept(ADMIN, KHWANSIRI, "k.kongchang").changed());

      assertEquals(KHWANSIRI, staff.findByUid("k.kongchang").orElseThrow().id());
      PersonView page = staff.person(KHWANSIRI, LocalDate.now());
      assertEquals("อ 34", page.staff().positionNumber());
      assertTrue(page.standsInFor().get(0).dutyNumbers().contains("1.10"), page.standsInFor()::toString);
      assertEquals("นางนันทน์ภัส เกียรติมาพรศักดิ์", page.standsInFor().get(0).holder().fullNameTh());
      assertEquals("k.kongchang", standIns.standInsOf("nanphat", LocalDate.now()).get(0).standIn().uid(),
          "the acting resolution finds her under her own account");
      assertEquals("nanphat", standIns.standingInFor("k.kongchang", LocalDate.now()).get(0).holder().uid());
    } finally {
      try (var conn = ldap()) {
        conn.delete(userDn("k.kongchang"));
        conn.add(demo);
      }
      StaffSummary now = staff.get(KHWANSIRI);
      staff.update(ADMIN, KHWANSIRI, new StaffEdit(now.version(), now.prefixTh(), now.givenNameTh(), now.familyNameTh(),
          now.givenNameEn(), now.familyNameEn(), "khwansiri", now.unitId(), now.positionId(),
          StaffStatus.valueOf(now.status()), now.reviewNote()));
    }
    assertEquals("khwansiri", staff.get(KHWANSIRI).uid());
  }

  /** Issue 17: the administrator's document settings and the emblem, on PostgreSQL (BYTEA), audited. */
  @Test
  void theAdministratorSetsTheRegistersTheDigitsAndTheEmblem() throws Exception {
    DocumentSettings before = documents.documentSettings();
    assertFalse(before.perUnitPrefixes(), "one register for the office until the administrator says otherwise");
    assertTrue(before.thaiDigits());
    assertThrows(AccessDeniedException.class, () -> documents.updateDocumentSettings(
        new DocumentSettingsInput(null, true, true, java.util.Map.of(), null), Actor.self("somchai", Roles.STAFF)));
    try {
      th.obec.esa.ict.platform.BusinessException bad = assertThrows(th.obec.esa.ict.platform.BusinessException.class,
          () -> documents.updateDocumentSettings(new DocumentSettingsInput(null, true, true,
              java.util.Map.of("ICT", "04086"), before.version()), ADMIN));
      assertEquals("unitPrefix-ICT", bad.field());
      assertEquals("organization.documents.prefixInvalid", bad.key());

      DocumentSettings set = documents.updateDocumentSettings(new DocumentSettingsInput(YearBasis.CALENDAR_YEAR, true,
          false, java.util.Map.of("ICT", "ศธ ๐๔๐๘๖.๓"), before.version()), ADMIN);
      assertEquals(YearBasis.CALENDAR_YEAR, set.yearBasis());
      assertFalse(set.thaiDigits());
      assertEquals(java.util.Optional.of("ศธ 04086.3"), documents.letterPrefix("ICT"), "its own register, Arabic digits");
      assertEquals(documents.letterPrefix("ADM"), java.util.Optional.ofNullable(before.officePrefix()),
          "a unit without its own prefix numbers under the office's");

      java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
      javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(150, 160, java.awt.image.BufferedImage.TYPE_INT_ARGB),
          "png", png);
      DocumentSettings withEmblem = documents.uploadEmblem("C:\\scans\\garuda.png", png.toByteArray(), ADMIN);
      assertEquals("garuda.png", withEmblem.emblem().fileName());
      assertEquals(160, withEmblem.emblem().heightPx());
      assertArrayEquals(png.toByteArray(), documents.emblem().orElseThrow().content());
      th.obec.esa.ict.platform.BusinessException svg = assertThrows(th.obec.esa.ict.platform.BusinessException.class,
          () -> documents.uploadEmblem("garuda.svg", "<svg/>".getBytes(java.nio.charset.StandardCharsets.UTF_8), ADMIN));
      assertEquals("organization.emblem.svgNotPrinted", svg.key());
      assertTrue(documents.emblem().isPresent(), "a refused upload keeps the emblem before it");
      assertTrue(auditService.forSubject("office", String.valueOf(organization.officeView().id())).stream()
          .anyMatch(a -> a.getAction().equals("organization.office.emblem.uploaded")));
    } finally {
      documents.removeEmblem(ADMIN);
      DocumentSettings now = documents.documentSettings();
      documents.updateDocumentSettings(new DocumentSettingsInput(null, false, true, java.util.Map.of(), now.version()), ADMIN);
    }
    assertTrue(documents.emblem().isEmpty());
    assertEquals(java.util.Optional.ofNullable(before.officePrefix()), documents.letterPrefix("ICT"));
  }
}
