package th.obec.esa.ict.reports.year;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.time.FiscalYear;

/** Which fiscal years may be reported, with the 30 September / 1 October edges. */
class ReportYearTest {

  @Test
  void fiscalYear2569RunsFromTheFirstOfOctober2568ToTheThirtiethOfSeptember2569() {
    FiscalYear fy = ReportYear.check(2569, LocalDate.of(2026, 11, 26));
    assertEquals(LocalDate.of(2025, 10, 1), fy.firstDay());
    assertEquals(LocalDate.of(2026, 9, 30), fy.lastDay());
    assertEquals(2569, FiscalYear.of(LocalDate.of(2026, 9, 30)).buddhistYear());
    assertEquals(2570, FiscalYear.of(LocalDate.of(2026, 10, 1)).buddhistYear());
  }

  @Test
  void theCurrentYearMayBeReportedSoFarButNotTheNext() {
    assertEquals(2570, ReportYear.check(2570, LocalDate.of(2026, 11, 26)).buddhistYear());
    BusinessException e = assertThrows(BusinessException.class, () -> ReportYear.check(2571,
        LocalDate.of(2026, 11, 26)));
    assertEquals("reports.year.future", e.key());
    assertEquals("year", e.field());
    assertEquals(2571, e.args()[0]);
    assertEquals(2570, e.args()[1]);
  }

  @Test
  void onThe30thOfSeptemberTheNextYearIsStillTheFutureAndOnThe1stOfOctoberItIsNot() {
    BusinessException e = assertThrows(BusinessException.class, () -> ReportYear.check(2570,
        LocalDate.of(2026, 9, 30)));
    assertEquals("reports.year.future", e.key());
    assertEquals(2570, ReportYear.check(2570, LocalDate.of(2026, 10, 1)).buddhistYear());
  }

  @Test
  void yearsBefore2560AreRefused() {
    assertEquals(2560, ReportYear.check(2560, LocalDate.of(2026, 11, 26)).buddhistYear());
    BusinessException e = assertThrows(BusinessException.class, () -> ReportYear.check(2559,
        LocalDate.of(2026, 11, 26)));
    assertEquals("reports.year.tooEarly", e.key());
    assertEquals("year", e.field());
    assertThrows(BusinessException.class, () -> ReportYear.check(2026, LocalDate.of(2026, 11, 26)),
        "a Common-Era year typed by mistake");
  }
}
