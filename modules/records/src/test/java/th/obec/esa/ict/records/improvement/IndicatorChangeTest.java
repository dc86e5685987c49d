package th.obec.esa.ict.records.improvement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The change of an indicator, and what an F17 needs. */
class IndicatorChangeTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void aTimeFallingFromFifteenToTwoMinutesIsMinusThirteenAndMinus86point7Percent() {
    IndicatorView v = IndicatorChange.view("เวลาออกเลขหนังสือ", d("15.0000"), d("2.0000"), "นาที");
    assertEquals(d("15"), v.before());
    assertEquals(d("2"), v.after());
    assertEquals(d("-13"), v.change());
    assertEquals(d("-86.7"), v.percentChange());
    assertEquals("-13", IndicatorChange.text(v.change(), true));
    assertEquals("-86.7", IndicatorChange.text(v.percentChange(), true));
  }

  @Test
  void aRiseIsPositiveAndPrintedWithItsSign() {
    assertEquals(d("50.0"), IndicatorChange.percent(d("2.5"), d("3.75")));
    assertEquals(d("1.25"), IndicatorChange.change(d("2.5"), d("3.75")));
    assertEquals("+1.25", IndicatorChange.text(IndicatorChange.change(d("2.5"), d("3.75")), true));
    assertEquals(d("33.3"), IndicatorChange.percent(d("3"), d("4")));
    assertEquals(d("0.0"), IndicatorChange.percent(d("7"), d("7")));
  }

  @Test
  void fromZeroThereIsNoPercent() {
    assertNull(IndicatorChange.percent(d("0"), d("5")));
    assertEquals("-", IndicatorChange.text(null, true));
    assertEquals(d("100"), IndicatorChange.plain(d("1E+2")));
  }

  @Test
  void aNegativeBaseKeepsTheDirectionOfTheChange() {
    assertEquals(d("50.0"), IndicatorChange.percent(d("-10"), d("-5")));
  }

  @Test
  void theReportNeedsAResultAndAnIndicatorOrAnOutcomeInWords() {
    assertEquals(List.of("result", "indicators"), ImprovementService.missingForReport(null, 0, " "));
    assertEquals(List.of("result"), ImprovementService.missingForReport(" ", 1, null));
    assertEquals(List.of("indicators"), ImprovementService.missingForReport("ลดเวลาได้", 0, null));
    assertEquals(List.of(), ImprovementService.missingForReport("ลดเวลาได้", 2, null));
    assertEquals(List.of(), ImprovementService.missingForReport("ลดเวลาได้", 0, "ผู้ใช้พึงพอใจมากขึ้น"));
  }
}
