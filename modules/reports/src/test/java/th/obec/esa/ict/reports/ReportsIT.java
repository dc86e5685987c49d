package th.obec.esa.ict.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.security.AccessDeniedException;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.reports.port.CaseLine;
import th.obec.esa.ict.reports.port.RequestLine;
import th.obec.esa.ict.reports.port.ReturnLine;
import th.obec.esa.ict.reports.process.CaseView;
import th.obec.esa.ict.reports.process.ProcessCases;
import th.obec.esa.ict.reports.process.ProcessCasesService;
import th.obec.esa.ict.reports.process.ProcessOverview;
import th.obec.esa.ict.reports.process.ProcessReport;
import th.obec.esa.ict.reports.testdoubles.TestEvaluationResults;
import th.obec.esa.ict.reports.testdoubles.TestRecords;
import th.obec.esa.ict.reports.testdoubles.TestWorkFigures;
import th.obec.esa.ict.reports.year.YearReport;
import th.obec.esa.ict.reports.year.YearReportPdf;
import th.obec.esa.ict.reports.year.YearReportService;
import th.obec.esa.ict.reports.year.YearReportXlsx;
import th.obec.esa.ict.testing.Deployments;

/**
 * The reports module on Payara Micro with in-memory doubles of its ports: the F21 of fiscal year
 * 2569 as figures, PDF and XLSX without a figure typed, the refusals, and the work processes'
 * cases merged from three case sources.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withMigrations(ShrinkWrap.create(WebArchive.class, "reports-it.war"))
        .addPackages(true, "th.obec.esa.ict.reports")
        .addAsLibraries(Deployments.libraries("platform", "core", "flyway-core", "flyway-database-postgresql",
            "jackson-databind", "jackson-core", "jackson-annotations", "jackson-dataformat-toml", "unboundid-ldapsdk",
            "postgresql", "openpdf", "poi", "xmlbeans", "commons-compress", "commons-io", "commons-lang3",
            "commons-math3", "commons-collections4", "SparseBitSet", "curvesapi", "log4j-api", "commons-codec"));
  }

  @EJB YearReportService reports;
  @EJB ProcessCasesService processes;

  private final Actor officer = Actor.self("khwansiri", Roles.STAFF, Roles.ICT_OFFICER);
  private final Actor auditor = Actor.self("it-auditor", Roles.AUDITOR);
  private final Actor staff = Actor.self("somchai", Roles.STAFF);

  @Test
  void theFy2569FiguresComeFromThePortsForExactlyTheFiscalYear() {
    YearReport r = reports.report(2569, officer);
    assertEquals(LocalDate.of(2025, 10, 1), r.firstDay());
    assertEquals(LocalDate.of(2026, 9, 30), r.lastDay());
    // the doubles answer only for 1 Oct 2025 – 30 Sep 2026 exactly: figures prove the bounds asked
    assertEquals(TestWorkFigures.FY2569.stream().mapToInt(RequestLine::received).sum(),
        r.requests().total().received());
    assertEquals(TestWorkFigures.FY2569.stream().mapToInt(RequestLine::completed).sum(),
        r.requests().total().completed());
    assertEquals(TestEvaluationResults.FY2569.size(), r.evaluations().rows().size());
    assertEquals(TestRecords.RETURNS.stream().mapToInt(ReturnLine::expected).sum(), r.returns().total().expected());
    assertTrue(r.narratives().requests()
        .contains("ได้รับคำขอทั้งสิ้น 42 เรื่อง ดำเนินการแล้วเสร็จ 38 เรื่อง (ร้อยละ 90.48)"));
    assertTrue(reports.report(2565, auditor).requests().empty(), "a year the doubles hold nothing for");
  }

  @Test
  void theFy2569PdfCarriesTheFiguresInThaiDigitsOrArabicOnRequest() throws IOException {
    byte[] pdf = reports.pdf(2569, null, "เครือข่ายโรงเรียนขนาดเล็กไม่เสถียรในฤดูฝน", null, officer);
    keep(pdf, "F21-2569-it.pdf");
    String text = PdfText.plain(PdfText.of(pdf));
    assertTrue(text.contains(PdfText.plain("ได้รับคำขอทั้งสิ้น ๔๒ เรื่อง")), "Thai digits by default");
    assertTrue(text.contains(PdfText.plain("(ร้อยละ ๙๐.๔๘)")));
    assertTrue(text.contains(PdfText.plain("เครือข่ายโรงเรียนขนาดเล็กไม่เสถียรในฤดูฝน")), "the officer's problems");
    assertTrue(text.contains("F03"));
    assertFalse(text.contains(PdfText.plain(YearReportPdf.NO_DATA)));

    String arabic = PdfText.plain(PdfText.of(reports.pdf(2569, false, null, null, auditor)));
    assertTrue(arabic.contains(PdfText.plain("ได้รับคำขอทั้งสิ้น 42 เรื่อง")));
    assertTrue(arabic.contains("12,450.50"), "parts cost");
  }

  @Test
  void theFy2569WorkbookHoldsTheSameFiguresAsNumbers() throws IOException {
    byte[] xlsx = reports.xlsx(2569, Actor.self("director1", Roles.DIRECTOR));
    keep(xlsx, "F21-2569-it.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertEquals(YearReportXlsx.SHEETS.size(), wb.getNumberOfSheets());
      Sheet req = wb.getSheet(YearReportXlsx.SHEETS.get(1));
      List<RequestLine> lines = TestWorkFigures.FY2569.stream()
          .sorted(java.util.Comparator.comparing(RequestLine::formCode)).toList();
      for (int i = 0; i < lines.size(); i++) {
        Row row = req.getRow(i + 1);
        assertEquals(lines.get(i).formCode(), row.getCell(0).getStringCellValue());
        assertEquals(lines.get(i).received(), (int) row.getCell(2).getNumericCellValue());
        assertEquals(lines.get(i).completed(), (int) row.getCell(6).getNumericCellValue());
      }
      Row total = req.getRow(lines.size() + 1);
      assertEquals("รวม", total.getCell(1).getStringCellValue());
      assertEquals(lines.stream().mapToInt(RequestLine::received).sum(), (int) total.getCell(2).getNumericCellValue());
      Sheet services = wb.getSheet(YearReportXlsx.SHEETS.get(2));
      assertEquals(TestWorkFigures.REPAIRS.received(), (int) services.getRow(1).getCell(1).getNumericCellValue());
      assertEquals(TestWorkFigures.LOANS.overdueNow(), (int) services.getRow(9).getCell(1).getNumericCellValue());
      Sheet returns = wb.getSheet(YearReportXlsx.SHEETS.get(5));
      for (int i = 0; i < TestRecords.RETURNS.size(); i++) {
        ReturnLine l = TestRecords.RETURNS.get(i);
        assertEquals(l.system(), returns.getRow(i + 1).getCell(0).getStringCellValue());
        assertEquals(100.0 * (l.onTime() + l.late()) / l.expected(),
            returns.getRow(i + 1).getCell(8).getNumericCellValue(), 0.005);
      }
    }
  }

  @Test
  void aFutureYearOrOneBefore2560IsRefusedOnTheYearField() {
    BusinessException future = assertThrows(BusinessException.class, () -> reports.report(2571, officer));
    assertEquals("reports.year.future", future.key());
    assertEquals("year", future.field());
    BusinessException early = assertThrows(BusinessException.class, () -> reports.pdf(2559, true, null, null,
        officer));
    assertEquals("reports.year.tooEarly", early.key());
    assertEquals("year", early.field());
  }

  @Test
  void staffWithoutAReadersRoleMayNotReadTheYearReport() {
    assertThrows(AccessDeniedException.class, () -> reports.report(2569, staff));
    assertThrows(AccessDeniedException.class, () -> reports.pdf(2569, true, null, null, staff));
    assertThrows(AccessDeniedException.class, () -> reports.xlsx(2569, staff));
    assertEquals(42, reports.report(2569, Actor.self("unitdir", Roles.UNIT_DIRECTOR)).requests().total().received());
  }

  @Test
  void theOverviewMergesTheCasesOfEverySource() {
    List<ProcessOverview> all = processes.overview(staff);
    assertEquals(16, all.size());
    ProcessOverview p5 = all.get(4);
    assertEquals(5, p5.number());
    assertEquals(List.of(5003L, 5002L, 4990L), p5.newest().stream().map(v -> v.line().id()).toList(),
        "the repair 5001 is filed under process 6, not 5");
    assertEquals(1, p5.counts().open());
    assertEquals(1, p5.counts().refused());
    ProcessOverview p15 = all.get(14);
    assertEquals(List.of(ProcessReport.F12, ProcessReport.F21), p15.reports());
    assertEquals(List.of(1202L), p15.newest().stream().map(v -> v.line().id()).toList(),
        "only the F20 case of the careless evaluation source");
    ProcessOverview p2 = all.get(1);
    assertEquals(List.of("RETURN_ROUND"), p2.newest().stream().map(v -> v.line().kind()).distinct().toList());
    assertEquals(0, all.get(0).counts().total(), "process 1 uses no form");
  }

  @Test
  void aRequestIsListedUnderTheProcessItIsFiledUnderOnly() {
    assertEquals(List.of(5001L, 4970L), processes.process(6, staff).cases().stream().map(v -> v.line().id()).toList());
    for (int other : new int[] {5, 8, 9}) {
      assertTrue(processes.process(other, staff).cases().stream().noneMatch(v -> v.line().id() == 5001L),
          "the F03 filed under 6 is not a case of process " + other);
    }
  }

  @Test
  void aProcessListsItsCasesFromSeveralSourcesNewestFirstWithTheirReports() {
    ProcessCases p12 = processes.process(12, staff);
    assertEquals(List.of("F13", "F14", "F15"), p12.formCodes());
    List<CaseLine> lines = p12.cases().stream().map(CaseView::line).toList();
    assertEquals(List.of("STUDY", "SUBMISSION", "STUDY"), lines.stream().map(CaseLine::kind).toList(),
        "the F14 request of the forms source between the studies of the records source, by date");
    assertEquals(List.of(302L, 4960L, 301L), lines.stream().map(CaseLine::id).toList());
    assertEquals("F15", p12.cases().get(0).reportKind());
    assertEquals("MEMO", p12.cases().get(1).reportKind());
    assertEquals(List.of(ProcessReport.F15), p12.reports());
    assertEquals(new th.obec.esa.ict.reports.process.StateCounts(1, 1, 1, 0), p12.counts());

    ProcessCases p11 = processes.process(11, staff);
    assertEquals(1, p11.cases().size(), "the evaluation source's duplicate appears once");
    assertEquals(List.of(ProcessReport.F12), p11.reports());
    assertEquals(List.of(ProcessReport.F10), processes.process(10, staff).reports());
  }

  @Test
  void anUnknownProcessAndAnActorWithoutRolesAreRefused() {
    BusinessException e = assertThrows(BusinessException.class, () -> processes.process(17, staff));
    assertEquals("reports.process.notFound", e.key());
    Actor nobody = new Actor("guest", null, null, java.util.Set.of());
    assertThrows(AccessDeniedException.class, () -> processes.overview(nobody));
    assertThrows(AccessDeniedException.class, () -> processes.process(5, nobody));
  }

  /** The file, for a look: in the server's temporary folder, and in target/ when the server runs in the module. */
  private static void keep(byte[] bytes, String name) throws IOException {
    Files.write(Path.of(System.getProperty("java.io.tmpdir"), name), bytes);
    if (Files.isDirectory(Path.of("target", "test-classes"))) {
      Files.write(Path.of("target", name), bytes);
    }
  }
}
