package th.obec.esa.ict.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.evaluation.api.EvaluationCase;
import th.obec.esa.ict.evaluation.api.EvaluationOutcome;
import th.obec.esa.ict.reports.port.CaseLine;
import th.obec.esa.ict.reports.port.EvaluationLine;

/** The evaluations as cases of their work processes, and their results for the yearly report. */
class EvaluationForReportsTest {

  private static EvaluationCase evaluation(String state, LocalDate openedOn, long respondents) {
    return new EvaluationCase(9, "F20", "ติดตามเว็บไซต์ 2569", "เว็บไซต์สำนักงาน", 2569, state, openedOn, null,
        respondents);
  }

  @Test
  void aDraftIsOpenNotYetAnswerable() {
    CaseLine c = EvaluationForReports.caseLine(evaluation("DRAFT", null, 0));
    assertEquals("ร่าง (ยังไม่เปิดให้ตอบ)", c.stateTh());
    assertEquals("Draft (not open)", c.stateEn());
    assertEquals("OPEN", c.stateGroup());
    assertNull(c.date());
    assertFalse(c.reportAvailable());
  }

  @Test
  void anEvaluationTakingAnswersIsInProgress() {
    CaseLine c = EvaluationForReports.caseLine(evaluation("OPEN", LocalDate.of(2026, 8, 1), 3));
    assertEquals(new CaseLine("EVALUATION", 9, "F20", null, "ติดตามเว็บไซต์ 2569", "OPEN", "เปิดให้ตอบ",
        "Open for answers", "IN_PROGRESS", LocalDate.of(2026, 8, 1), true), c);
  }

  @Test
  void aClosedEvaluationIsDone() {
    CaseLine c = EvaluationForReports.caseLine(evaluation("CLOSED", LocalDate.of(2026, 8, 1), 12));
    assertEquals("ปิดการประเมินแล้ว", c.stateTh());
    assertEquals("Closed", c.stateEn());
    assertEquals("DONE", c.stateGroup());
  }

  @Test
  void itsSummaryCanBePrintedOnceSomeoneHasAnswered() {
    assertFalse(EvaluationForReports.caseLine(evaluation("CLOSED", LocalDate.of(2026, 8, 1), 0)).reportAvailable());
    assertTrue(EvaluationForReports.caseLine(evaluation("OPEN", LocalDate.of(2026, 8, 1), 1)).reportAvailable());
  }

  @Test
  void aResultCarriesItsMeanDeviationAndBand() {
    EvaluationOutcome o = new EvaluationOutcome(9, "F11", "ติดตามเครือข่าย", "เครือข่ายสำนักงาน", 2569, "CLOSED",
        LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31), 25, new BigDecimal("4.12"), new BigDecimal("0.61"), "มาก",
        "high");
    assertEquals(new EvaluationLine(9, "F11", "ติดตามเครือข่าย", "เครือข่ายสำนักงาน", "CLOSED", 25,
        new BigDecimal("4.12"), new BigDecimal("0.61"), "มาก", "high"), EvaluationForReports.line(o));
  }
}
