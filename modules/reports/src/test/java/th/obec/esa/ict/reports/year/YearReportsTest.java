package th.obec.esa.ict.reports.year;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.reports.port.RequestLine;
import th.obec.esa.ict.reports.testdoubles.TestEvaluationResults;
import th.obec.esa.ict.reports.testdoubles.TestRecords;
import th.obec.esa.ict.reports.testdoubles.TestWorkFigures;

/** The F21's figures and sentences computed from the doubles' FY2569 data. */
class YearReportsTest {

  private final YearReport fy = Fixtures.year(2569);

  @Test
  void requestTotalsAreTheSumsOfTheFormsAndSortedByForm() {
    RequestSection s = fy.requests();
    List<RequestLine> in = TestWorkFigures.FY2569;
    assertEquals(in.stream().mapToInt(RequestLine::received).sum(), s.total().received());
    assertEquals(42, s.total().received());
    assertEquals(38, s.total().completed());
    assertEquals(in.stream().mapToInt(RequestLine::approved).sum(), s.total().approved());
    assertEquals(1, s.total().rejected());
    assertEquals(2, s.total().returned());
    assertEquals(1, s.total().inProgress());
    assertEquals(new BigDecimal("90.48"), s.completedPercent());
    assertEquals(List.of("F02", "F03", "F04", "F05", "F08", "F14"), s.lines().stream().map(RequestLine::formCode)
        .toList());
    // (6×1.5 + 14×4.2 + 10×2.0 + 5×3.0 + 4×1.0 + 2×2.5) / 41 closed = 111.8 / 41 = 2.7268…
    assertEquals(new BigDecimal("2.73"), s.total().meanDaysToClose());
  }

  @Test
  void theRequestSentenceIsComputedWithThaiDigitsOnRequest() {
    String arabic = fy.narratives().requests();
    assertTrue(arabic.startsWith("ในปีงบประมาณ พ.ศ. 2569 กลุ่มฯ ได้รับคำขอทั้งสิ้น 42 เรื่อง"
        + " ดำเนินการแล้วเสร็จ 38 เรื่อง"
        + " (ร้อยละ 90.48)"), arabic);
    assertTrue(arabic.contains("ไม่อนุมัติ 1 เรื่อง"), arabic);
    assertTrue(arabic.contains("ใช้เวลาดำเนินการเฉลี่ย 2.7 วันต่อเรื่อง"), arabic);
    assertTrue(arabic.contains("คือ แบบแจ้งซ่อมวัสดุอุปกรณ์ (F03) จำนวน 15 เรื่อง"), arabic);
    String thai = fy.narratives().thaiDigits().requests();
    assertTrue(thai.startsWith("ในปีงบประมาณ พ.ศ. ๒๕๖๙ กลุ่มฯ ได้รับคำขอทั้งสิ้น ๔๒ เรื่อง ดำเนินการแล้วเสร็จ ๓๘ เรื่อง"
        + " (ร้อยละ ๙๐.๔๘)"), thai);
    assertTrue(thai.contains("(F03) จำนวน ๑๕ เรื่อง"), "form codes keep their digits: " + thai);
    assertFalse(thai.replace("F03", "").matches("(?s).*[0-9].*"), thai);
  }

  @Test
  void repairsLoansAndAccountsCarryTheirShares() {
    assertEquals(new BigDecimal("86.67"), fy.services().repairsCompletedPercent());
    assertEquals(new BigDecimal("90.00"), fy.services().loansReturnedPercent());
    assertEquals(new BigDecimal("22.22"), fy.services().loansLatePercent());
    assertEquals(new BigDecimal("100.00"), fy.accounts().issuedPercent());
    String services = fy.narratives().services();
    assertTrue(services.contains("ได้รับแจ้งซ่อมวัสดุอุปกรณ์ 15 เรื่อง ซ่อมแล้วเสร็จ 13 เรื่อง (ร้อยละ 86.67)"),
        services);
    assertTrue(services.contains("ค่าวัสดุอะไหล่รวม 12,450.50 บาท"), services);
    assertTrue(services.contains("ส่งคืนล่าช้า 2 ครั้ง"), services);
    assertTrue(services.contains("ณ วันที่จัดทำรายงาน 1 รายการ"), services);
    assertTrue(fy.narratives().accounts().contains("ยุติสิทธิ์การเข้าถึง 1 รายการ"));
  }

  @Test
  void evaluationsAreWeightedByRespondentsAndBandedWhereTheSourceGaveNoBand() {
    EvaluationSection s = fy.evaluations();
    assertEquals(TestEvaluationResults.FY2569.size(), s.rows().size());
    assertEquals(143, s.respondents());
    // (86×4.12 + 57×4.58) / 143 = 615.38 / 143 = 4.3033…
    assertEquals(new BigDecimal("4.30"), s.overallMean());
    assertEquals("มาก", s.overallBandTh());
    assertEquals("มาก", s.rows().get(0).bandTh(), "F11 came without a band: computed from 4.12");
    assertEquals("มากที่สุด", s.rows().get(1).bandTh());
    assertEquals(1202, s.best().line().id());
    assertTrue(fy.narratives().evaluations().contains("ค่าเฉลี่ยรวมทุกเรื่อง 4.30 อยู่ในระดับมาก"));
  }

  @Test
  void returnsArePercentOfExpectedPerSystemAndInTotal() {
    ReturnSection s = fy.returns();
    assertEquals(TestRecords.RETURNS.size(), s.rows().size());
    assertEquals(new BigDecimal("99.32"), s.rows().get(0).percentComplete(), "DMC 292 of 294");
    assertEquals(new BigDecimal("98.98"), s.rows().get(1).percentComplete(), "EMIS 194 of 196");
    ReturnRow t = s.total();
    assertEquals(5, t.rounds());
    assertEquals(490, t.expected());
    assertEquals(470, t.onTime());
    assertEquals(16, t.late());
    assertEquals(2, t.overdue());
    assertEquals(2, t.waiting());
    assertEquals(new BigDecimal("99.18"), t.percentComplete());
    assertEquals(new BigDecimal("95.92"), t.percentOnTime());
  }

  @Test
  void recordsAreCountedWithTheirIssuedReports() {
    RecordSection s = fy.records();
    assertEquals(2, s.studies().size());
    assertEquals(1, s.studiesReported());
    assertEquals(3, s.improvements().size());
    assertEquals(2, s.improvementsReported());
    assertEquals(LocalDate.of(2025, 11, 10), s.improvements().get(0).date());
    assertTrue(fy.narratives().records().contains("3 เรื่อง (รายงานผลแล้ว 2 เรื่อง)"));
  }

  @Test
  void aYearWithoutDataHasEmptySectionsAndNoSentences() {
    YearReport empty = Fixtures.year(2565);
    assertEquals(LocalDate.of(2021, 10, 1), empty.firstDay());
    assertTrue(empty.requests().empty());
    assertNull(empty.requests().completedPercent());
    assertNull(empty.requests().total().meanDaysToClose());
    assertTrue(empty.services().empty());
    assertTrue(empty.accounts().empty());
    assertTrue(empty.evaluations().empty());
    assertNull(empty.evaluations().overallMean());
    assertTrue(empty.returns().empty());
    assertTrue(empty.records().empty());
    Narratives n = empty.narratives();
    assertNull(n.requests());
    assertNull(n.services());
    assertNull(n.accounts());
    assertNull(n.evaluations());
    assertNull(n.returns());
    assertNull(n.records());
    assertNull(n.thaiDigits().requests());
  }

  @Test
  void zeroClausesAreLeftOutOfTheSentences() {
    RequestSection s = YearReports.requests(List.of(new RequestLine("F03", "แบบแจ้งซ่อมวัสดุอุปกรณ์", 3, 3, 0, 0, 3,
        0, null)));
    String text = NarrativeWriter.requests(2569, s);
    assertEquals("ในปีงบประมาณ พ.ศ. 2569 กลุ่มฯ ได้รับคำขอทั้งสิ้น 3 เรื่อง ดำเนินการแล้วเสร็จ 3 เรื่อง"
        + " (ร้อยละ 100.00)", text);
  }
}
