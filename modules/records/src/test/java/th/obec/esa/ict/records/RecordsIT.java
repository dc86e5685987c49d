package th.obec.esa.ict.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.obec.esa.ict.core.audit.AuditEntry;
import th.obec.esa.ict.core.audit.AuditService;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.security.AccessDeniedException;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.platform.time.FiscalYear;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.platform.time.ThaiDates;
import th.obec.esa.ict.records.api.RecordCase;
import th.obec.esa.ict.records.api.RecordEntry;
import th.obec.esa.ict.records.api.RecordFigures;
import th.obec.esa.ict.records.api.ReturnFigure;
import th.obec.esa.ict.records.collection.CentralSystem;
import th.obec.esa.ict.records.collection.CollectionService;
import th.obec.esa.ict.records.collection.ImportMode;
import th.obec.esa.ict.records.collection.ImportRejection;
import th.obec.esa.ict.records.collection.ImportReport;
import th.obec.esa.ict.records.collection.OverdueReturn;
import th.obec.esa.ict.records.collection.RejectReason;
import th.obec.esa.ict.records.collection.ReturnInput;
import th.obec.esa.ict.records.collection.ReturnState;
import th.obec.esa.ict.records.collection.ReturnView;
import th.obec.esa.ict.records.collection.RoundInput;
import th.obec.esa.ict.records.collection.RoundSummary;
import th.obec.esa.ict.records.collection.RoundView;
import th.obec.esa.ict.records.collection.SubmitterInput;
import th.obec.esa.ict.records.common.RecordState;
import th.obec.esa.ict.records.common.Signature;
import th.obec.esa.ict.records.improvement.ImprovementInput;
import th.obec.esa.ict.records.improvement.ImprovementService;
import th.obec.esa.ict.records.improvement.ImprovementView;
import th.obec.esa.ict.records.improvement.IndicatorInput;
import th.obec.esa.ict.records.improvement.Target;
import th.obec.esa.ict.records.study.StudyInput;
import th.obec.esa.ict.records.study.StudyService;
import th.obec.esa.ict.records.study.StudyView;
import th.obec.esa.ict.records.testdoubles.MovableRecordsClock;
import th.obec.esa.ict.testing.Deployments;
import th.obec.esa.ict.testing.ShiftedClock;

/**
 * The records module on Payara Micro against the tests' PostgreSQL: an F01 round filled by an
 * import, returns on time, late and overdue (also by moving the clock), an un-recorded return,
 * F13 to F15 and F16 to F17 with their PDFs, the refusals by role, numbering under concurrency,
 * and the figures other modules read. Each test uses its own round and system name.
 */
@ExtendWith(ArquillianExtension.class)
class RecordsIT {

  private static final AtomicInteger SEQ = new AtomicInteger();

  @Deployment
  static WebArchive deployment() {
    return Deployments.withMigrations(ShrinkWrap.create(WebArchive.class, "records-it.war"))
        .addPackages(true, "th.obec.esa.ict.records")
        .addPackage("th.obec.esa.ict.organization.api")
        .addClass(ShiftedClock.class)
        .addAsResource("META-INF/persistence.xml")
        .addAsLibraries(Deployments.libraries("platform", "core", "flyway-core", "flyway-database-postgresql",
            "jackson-databind", "jackson-core", "jackson-annotations", "jackson-dataformat-toml", "unboundid-ldapsdk",
            "postgresql", "openpdf", "poi", "xmlbeans", "commons-compress", "commons-io", "commons-lang3",
            "commons-math3", "commons-collections4", "SparseBitSet", "curvesapi", "log4j-api", "commons-codec"));
  }

  @EJB CollectionService collection;
  @EJB StudyService studies;
  @EJB ImprovementService improvements;
  @EJB RecordFigures figures;
  @EJB th.obec.esa.ict.records.api.ReturnReminders returnReminders;
  @EJB AuditService auditService;
  @Inject MovableRecordsClock clock;
  @Resource ManagedExecutorService executor;

  private final Actor ict = Actor.self("khwansiri", Roles.STAFF, Roles.ICT_OFFICER);
  private final Actor director = Actor.self("director1", Roles.STAFF, Roles.DIRECTOR);
  private final Actor auditor = Actor.self("auditor1", Roles.AUDITOR);
  private final Actor staff = Actor.self("somchai", Roles.STAFF);

  private static String unique(String prefix) {
    return prefix + System.nanoTime() % 1_000_000 + "-" + SEQ.incrementAndGet();
  }

  private static LocalDate today() {
    return LocalDate.now(OfficeTime.ZONE);
  }

  private static OffsetDateTime at(LocalDate day, int hour, int minute) {
    return day.atTime(LocalTime.of(hour, minute)).atZone(OfficeTime.ZONE).toOffsetDateTime();
  }

  private static ReturnView returnOf(RoundView r, String code) {
    return r.returns().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
  }

  private RoundView round(String otherName, LocalDate due, List<SubmitterInput> submitters) {
    return collection.create(new RoundInput(CentralSystem.OTHER, otherName, "ภาคเรียนที่ 1/2569 ณ 10 มิถุนายน", null,
        due, null), submitters, ict);
  }

  @Test
  void aRoundFilledByImportCountsReturnsOnTimeLateAndOverdue() {
    LocalDate due = today().minusDays(10);
    RoundView r = collection.create(new RoundInput(CentralSystem.DMC, null, unique("ภาคเรียนที่ 1/2569 "), null, due,
        "ข้อมูลนักเรียน ณ 10 มิถุนายน"), List.of(SubmitterInput.unit("ICT", "กลุ่มส่งเสริมการศึกษาทางไกลฯ")), ict);
    long id = r.id();
    assertEquals(FiscalYear.of(due).buddhistYear(), r.summary().fiscalYear());
    String csv = "\uFEFFschool_code,name,submitted_at\n"
        + "1086010001,โรงเรียนบ้านหนองใหญ่," + ThaiDates.formatNumeric(due) + "\n"
        + "1086010002,โรงเรียนวัดดอน\n"
        + "1086010003,\"โรงเรียนบ้านนา, สาขา\"\n"
        + "12345,โรงเรียนรหัสผิด\n"
        + "1086010002,โรงเรียนซ้ำ\n";
    byte[] file = csv.getBytes(StandardCharsets.UTF_8);

    ImportReport refused = collection.importSubmitters(id, file, "dmc.csv", ImportMode.ALL_OR_NOTHING, ict);
    assertFalse(refused.saved());
    assertEquals(List.of(new ImportRejection(5, RejectReason.BAD_CODE, "12345"),
        new ImportRejection(6, RejectReason.DUPLICATE, "1086010002")), refused.rejected());
    assertEquals(1, collection.round(id, ict).summary().expected(), "nothing saved while a row is refused");

    ImportReport good = collection.importSubmitters(id, file, "dmc.csv", ImportMode.GOOD_ROWS_ONLY, ict);
    assertTrue(good.saved());
    assertEquals(3, good.savedCount());
    assertEquals(1, good.returnsRecorded());

    RoundView v = collection.round(id, director);
    assertEquals(ReturnState.SUBMITTED, returnOf(v, "1086010001").state());
    collection.recordReturn(returnOf(v, "1086010002").id(),
        new ReturnInput(at(due, 23, 59), "นางสาวข้อมูล ดีเสมอ", 412, null), ict);
    ReturnView late = collection.recordReturn(returnOf(v, "1086010003").id(),
        new ReturnInput(at(due.plusDays(1), 0, 1), "นายส่ง ช้าไปหน่อย", 87, "ระบบล่ม"), ict);
    assertEquals(ReturnState.LATE, late.state());
    assertEquals(ReturnState.OVERDUE, returnOf(collection.round(id, ict), "ICT").state());

    RoundSummary s = collection.round(id, auditor).summary();
    assertEquals(List.of(4, 2, 1, 1, 0), List.of(s.expected(), s.onTime(), s.late(), s.overdue(), s.waiting()));
    assertEquals(75.0, s.percentComplete());
    assertTrue(collection.rounds(s.fiscalYear(), CentralSystem.DMC, director).stream().anyMatch(x -> x.id() == id));
    List<OverdueReturn> overdue = collection.overdue(director);
    assertTrue(overdue.stream().anyMatch(o -> o.roundId() == id && o.code().equals("ICT") && o.daysOverdue() == 10),
        overdue.toString());
    // the ICT group's reminder: one unsent return, 10 days over; "due in 3 days" three days before, not two
    assertTrue(returnReminders.dueSoonOrOverdue(today(), 3).stream()
        .anyMatch(d -> d.roundId() == id && d.notSent() == 1 && d.daysOverdue() == 10));
    assertTrue(returnReminders.dueSoonOrOverdue(due.minusDays(3), 3).stream()
        .anyMatch(d -> d.roundId() == id && d.notSent() == 1 && d.daysOverdue() == 0), "due in three days");
    assertTrue(returnReminders.dueSoonOrOverdue(due.minusDays(2), 3).stream().noneMatch(d -> d.roundId() == id));

    assertEquals("records.return.alreadyRecorded", assertThrows(BusinessException.class,
        () -> collection.recordReturn(late.id(), new ReturnInput(null, null, null, null), ict)).key());
    BusinessException future = assertThrows(BusinessException.class, () -> collection.recordReturn(
        returnOf(v, "ICT").id(), new ReturnInput(OffsetDateTime.now().plusHours(2), null, null, null), ict));
    assertEquals("submittedAt", future.field());

    ReturnView undone = collection.unrecordReturn(late.id(), "บันทึกผิดโรงเรียน", ict);
    assertEquals(ReturnState.OVERDUE, undone.state());
    assertNull(undone.submittedAt());
    List<String> actions = auditService.forSubject("rec-return", String.valueOf(late.id())).stream()
        .map(AuditEntry::getAction).toList();
    assertTrue(actions.containsAll(List.of("records.return.recorded", "records.return.unrecorded")),
        actions.toString());
    assertTrue(auditService.forSubject("rec-round", String.valueOf(id)).stream()
        .anyMatch(a -> a.getAction().equals("records.round.imported")));
  }

  @Test
  void aReturnNotSentBecomesOverdueWhenTheClockPassesTheDueDate() {
    String system = unique("ระบบติดตามเวลา ");
    RoundView r = round(system, today().plusDays(2), List.of(SubmitterInput.school("1086010001", "โรงเรียนบ้านหนึ่ง")));
    long returnId = r.returns().get(0).id();
    assertEquals(ReturnState.WAITING, r.returns().get(0).state());
    assertFalse(collection.overdue(ict).stream().anyMatch(o -> o.returnId() == returnId));
    try {
      clock.plusDays(2);
      assertEquals(ReturnState.WAITING, collection.round(r.id(), ict).returns().get(0).state(), "the due date itself");
      clock.plusDays(1);
      assertEquals(ReturnState.OVERDUE, collection.round(r.id(), ict).returns().get(0).state());
      assertTrue(collection.overdue(ict).stream().anyMatch(o -> o.returnId() == returnId && o.daysOverdue() == 1));
      ReturnView sent = collection.recordReturn(returnId, new ReturnInput(null, "ครูธุรการ", null, null), ict);
      assertEquals(ReturnState.LATE, sent.state());
    } finally {
      clock.reset();
    }
  }

  @Test
  void aStudyIsReportedOnlyWithFindingsAndRecommendationsAndPrintsTheF15() {
    StudyView s = studies.create(new StudyInput("การศึกษาวิเคราะห์ระบบ DMC", "ระบบจัดเก็บข้อมูลนักเรียนรายบุคคล (DMC)",
        "เพื่อศึกษาความทันเวลาของข้อมูล", "ศึกษาจากข้อมูลการส่ง", today().minusDays(30), today(),
        List.of("นางขวัญศิริ กองช่าง", "นายวิทยา สงค์ประภา"), null, null, null), ict);
    assertTrue(s.number().matches("F13-" + FiscalYear.of(today()).buddhistYear() + "/\\d{3,}"), s.number());
    assertEquals(RecordState.RECORDED, s.state());
    BusinessException incomplete = assertThrows(BusinessException.class,
        () -> studies.issueReport(s.id(),
            new Signature("นางขวัญศิริ กองช่าง", "นักวิเคราะห์นโยบายและแผนชำนาญการ"), ict));
    assertEquals("findings", incomplete.field());
    assertEquals("records.study.reportIncomplete", incomplete.key());
    assertEquals("records.study.notReported",
        assertThrows(BusinessException.class, () -> studies.reportPdf(s.id(), staff)).key());

    studies.update(s.id(), new StudyInput(s.title(), s.systemStudied(), s.objectives(), s.scopeMethod(), s.startDate(),
        s.endDate(), s.team(), "ส่งทันเวลาร้อยละ 92.5", "เจ้าหน้าที่มีภาระงานมาก", "ควรอบรมก่อนเปิดภาคเรียน"), ict);
    // signed standing in for the ICT director: the block's acting and basis lines are kept with the record
    StudyView reported = studies.issueReport(s.id(), Signature.of(th.obec.esa.ict.platform.signature.SignatureBlock.of(
        "นางขวัญศิริ กองช่าง", "นักวิเคราะห์นโยบายและแผนชำนาญการ", null,
        th.obec.esa.ict.platform.signature.SignatureBlock.Kind.STAND_IN, "ผู้อำนวยการกลุ่มส่งเสริมการศึกษาทางไกล",
        "คำสั่งที่ 275/2561 ข้อ 2.11")), ict);
    assertEquals(RecordState.REPORTED, reported.state());
    assertTrue(reported.reportAvailable());
    byte[] pdf = studies.reportPdf(s.id(), staff);
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    String printed = bare(pdfText(pdf));
    assertTrue(printed.contains(bare("ปฏิบัติหน้าที่แทน ผู้อำนวยการกลุ่มส่งเสริมการศึกษาทางไกล")), printed);
    assertTrue(printed.contains(bare("ตามคำสั่งที่ ๒๗๕/๒๕๖๑ ข้อ ๒.๑๑")) || printed.contains(bare("ตามคำสั่งที่ 275/2561 ข้อ 2.11")),
        printed);
    assertEquals("records.study.reported", assertThrows(BusinessException.class, () -> studies.update(s.id(),
        new StudyInput("แก้ชื่อ", s.systemStudied(), null, null, null, null, null, null, null, null), ict)).key());
    assertEquals(RecordState.RECORDED, studies.reopen(s.id(), "แก้ไขข้อเสนอแนะ", ict).state());
    List<String> actions = auditService.forSubject("rec-study", String.valueOf(s.id())).stream()
        .map(AuditEntry::getAction).toList();
    assertEquals(List.of("records.study.created", "records.study.updated", "records.study.reported",
        "records.study.reopened"), actions.stream().sorted((a, b) -> order(a) - order(b)).toList());
  }

  private static int order(String action) {
    return List.of("records.study.created", "records.study.updated", "records.study.reported", "records.study.reopened")
        .indexOf(action);
  }

  @Test
  void anImprovementWithIndicatorsPrintsTheF17() {
    ImprovementInput draft = new ImprovementInput("ระบบออกเลขหนังสือออนไลน์", "การออกเลขหนังสือส่ง",
        EnumSet.of(Target.OFFICE), "ต้องเดินมาขอเลข", "พัฒนาระบบบนอินทราเน็ต", today().minusDays(60), today(),
        List.of("นางขวัญศิริ กองช่าง"), List.of(), null, null, null);
    ImprovementView i = improvements.create(draft, ict);
    assertTrue(i.number().startsWith("F16-"), i.number());
    BusinessException incomplete = assertThrows(BusinessException.class,
        () -> improvements.issueReport(i.id(), new Signature("นางขวัญศิริ กองช่าง", null), ict));
    assertEquals("result", incomplete.field());

    ImprovementView filled = improvements.update(i.id(), new ImprovementInput(draft.title(), draft.workProcess(),
        EnumSet.of(Target.OFFICE, Target.SCHOOLS), draft.problemBefore(), draft.actionTaken(), draft.startDate(),
        draft.endDate(), draft.team(), List.of(
            new IndicatorInput("เวลาออกเลขหนังสือ", new BigDecimal("15"), new BigDecimal("2"), "นาที"),
            new IndicatorInput("เลขซ้ำต่อเดือน", new BigDecimal("6"), new BigDecimal("0"), "ครั้ง")),
        "ออกเลขได้เองภายในสองนาที", null, "ขยายไปยังสถานศึกษา"), ict);
    assertEquals(new BigDecimal("-13"), filled.indicators().get(0).change());
    assertEquals(new BigDecimal("-86.7"), filled.indicators().get(0).percentChange());
    assertEquals(EnumSet.of(Target.OFFICE, Target.SCHOOLS), filled.targets());

    ImprovementView reported = improvements.issueReport(i.id(),
        new Signature("นางขวัญศิริ กองช่าง", "นักวิเคราะห์นโยบายและแผนชำนาญการ"), ict);
    assertEquals(RecordState.REPORTED, reported.state());
    byte[] pdf = improvements.reportPdf(i.id(), director);
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    assertEquals(2, improvements.get(i.id(), staff).indicators().size());
  }

  @Test
  void onlyIctOfficersWriteAndStaffDoNotReadTheRounds() {
    RoundView r = round(unique("ระบบสิทธิ์ "), today(), List.of(SubmitterInput.school("1086010001", "โรงเรียนหนึ่ง")));
    long returnId = r.returns().get(0).id();
    assertThrows(AccessDeniedException.class, () -> collection.recordReturn(returnId, null, director));
    assertThrows(AccessDeniedException.class, () -> collection.round(r.id(), staff));
    assertThrows(AccessDeniedException.class, () -> collection.importSubmitters(r.id(),
        "1086010002,โรงเรียนสอง".getBytes(StandardCharsets.UTF_8), "x.csv", null, auditor));
    assertThrows(AccessDeniedException.class, () -> studies.create(new StudyInput("x", "y", null, null, null, null,
        null, null, null, null), staff));
    assertThrows(AccessDeniedException.class, () -> improvements.create(null, director));
    assertEquals(1, collection.round(r.id(), auditor).summary().expected());
    assertThrows(AccessDeniedException.class, () -> studies.list(null, Actor.self("nobody")));
    studies.list(null, staff);
  }

  @Test
  void anXlsxImportAddsTheSchoolsAndRecordsThoseWithADate() throws Exception {
    LocalDate due = today().minusDays(1);
    RoundView r = round(unique("ระบบ XLSX "), due, List.of());
    byte[] xlsx;
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("รายชื่อโรงเรียน");
      Row h = sheet.createRow(0);
      h.createCell(0).setCellValue("รหัสสถานศึกษา");
      h.createCell(1).setCellValue("ชื่อ");
      h.createCell(2).setCellValue("วันที่ส่ง");
      Row a = sheet.createRow(1);
      a.createCell(0).setCellValue(1086010001d);
      a.createCell(1).setCellValue("โรงเรียนบ้านหนองใหญ่");
      a.createCell(2).setCellValue(ThaiDates.formatNumeric(due.plusDays(1)));
      Row b = sheet.createRow(2);
      b.createCell(0).setCellValue("1086010002");
      b.createCell(1).setCellValue("โรงเรียนวัดดอน");
      wb.write(out);
      xlsx = out.toByteArray();
    }
    ImportReport report = collection.importSubmitters(r.id(), xlsx, "schools.xlsx", null, ict);
    assertEquals(ImportMode.ALL_OR_NOTHING, report.mode());
    assertEquals(List.of(), report.rejected());
    RoundView v = collection.round(r.id(), ict);
    assertEquals(ReturnState.LATE, returnOf(v, "1086010001").state());
    assertEquals(ReturnState.OVERDUE, returnOf(v, "1086010002").state());
  }

  @Test
  void parallelStudiesNeverShareANumber() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<StudyView>> results = new ArrayList<>();
    for (int n = 0; n < 8; n++) {
      int k = n;
      results.add(executor.submit(() -> {
        start.await();
        return studies.create(new StudyInput("การศึกษาพร้อมกัน " + k, "ระบบ EMIS", null, null, null, null, null, null,
            null, null), ict);
      }));
    }
    start.countDown();
    Set<String> numbers = new HashSet<>();
    for (Future<StudyView> f : results) {
      numbers.add(f.get(120, TimeUnit.SECONDS).number());
    }
    assertEquals(8, numbers.size(), numbers.toString());
  }

  @Test
  void theFiguresCountReturnsPerSystemAndListTheNewestCases() {
    String system = unique("ระบบตัวเลข ");
    LocalDate due = today().minusDays(3);
    RoundView r = round(system, due, List.of(SubmitterInput.school("1086010001", "โรงเรียนหนึ่ง"),
        SubmitterInput.school("1086010002", "โรงเรียนสอง"), SubmitterInput.unit("PLAN", "กลุ่มนโยบายและแผน")));
    collection.recordReturn(returnOf(r, "1086010001").id(), new ReturnInput(at(due, 9, 0), null, null, null), ict);
    collection.recordReturn(returnOf(r, "PLAN").id(),
        new ReturnInput(at(due.plusDays(2), 9, 0), null, null, null), ict);

    List<ReturnFigure> returns = figures.returns(today().minusDays(30), today());
    assertTrue(returns.contains(new ReturnFigure("OTHER", system, 1, 3, 1, 1, 1, 0)), returns.toString());
    assertFalse(figures.returns(today().minusDays(2), today()).stream().anyMatch(f -> f.systemLabel().equals(system)));

    long studiesBefore = figures.studyCount(today(), today());
    StudyView s = studies.create(new StudyInput("การศึกษาเพื่อสรุปตัวเลข", "ระบบ B-OBEC", null, null, null, null, null,
        "ผล", null, "ข้อเสนอ"), ict);
    studies.issueReport(s.id(), new Signature("นางขวัญศิริ กองช่าง", null), ict);
    List<RecordCase> cases = figures.cases(Set.of("F01", "F13", "F16"), 500);
    assertTrue(cases.stream().anyMatch(c -> c.formCode().equals("F13") && c.id() == s.id() && c.reportAvailable()
        && c.stateCode().equals("REPORTED")), cases.toString());
    assertTrue(cases.stream().anyMatch(c -> c.formCode().equals("F01") && c.id() == r.id()
        && c.stateCode().equals(RecordFigures.OVERDUE)), cases.toString());
    assertTrue(figures.cases(Set.of("F16"), 500).stream().allMatch(c -> c.formCode().equals("F16")));
    List<RecordEntry> recent = figures.studies(today(), today());
    assertTrue(recent.stream().anyMatch(e -> e.number().equals(s.number()) && e.reportedOn() != null),
        recent.toString());
    assertEquals(studiesBefore + 1, figures.studyCount(today(), today()), "the one study this test made");
  }

  /** The PDF's text as OpenPDF extracts it. */
  private static String pdfText(byte[] pdf) {
    try {
      com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
      com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
      StringBuilder out = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        out.append(extractor.getTextFromPage(page)).append('\n');
      }
      return out.toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Without Thai marks and white space (the extractor gives marks apart or as private-use glyphs). */
  private static String bare(String s) {
    return s.replace('\u0E33', '\u0E32').replaceAll("[\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E\\s\\p{Co}\\p{Cf}]", "");
  }
}
