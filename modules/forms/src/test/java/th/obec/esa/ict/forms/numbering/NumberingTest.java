package th.obec.esa.ict.forms.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The letter format, Thai digits and the reset rules of running numbers. */
class NumberingTest {

  @Test
  void aNumberIsThePrefixASlashAndTheRunningNumber() {
    LetterNumber n = new LetterNumber("ศธ 04086", 123);
    assertEquals("ศธ 04086/123", n.text());
    assertEquals("ศธ ๐๔๐๘๖/๑๒๓", n.text(true));
    assertEquals("ที่ ศธ ๐๔๐๘๖/๑๒๓", n.memoLine(true));
    assertEquals("ที่ ศธ 04086/123", n.memoLine(false));
  }

  @Test
  void aPrefixTypedWithThaiDigitsIsStoredWithArabicOnes() {
    assertEquals("ศธ 04086.3/7", new LetterNumber(" ศธ ๐๔๐๘๖.๓ ", 7).text());
  }

  @Test
  void numbersStartAtOneAndNeedAPrefix() {
    assertThrows(IllegalArgumentException.class, () -> new LetterNumber("ศธ 04086", 0));
    assertThrows(IllegalArgumentException.class, () -> new LetterNumber(" ", 1));
  }

  @Test
  void theFiscalYearRestartsOnTheFirstOfOctober() {
    assertEquals(2568, ResetRule.FISCAL_YEAR.periodKey(LocalDate.of(2025, 9, 30)));
    assertEquals(2569, ResetRule.FISCAL_YEAR.periodKey(LocalDate.of(2025, 10, 1)));
  }

  @Test
  void theCalendarYearRestartsOnTheFirstOfJanuary() {
    assertEquals(2568, ResetRule.CALENDAR_YEAR.periodKey(LocalDate.of(2025, 12, 31)));
    assertEquals(2569, ResetRule.CALENDAR_YEAR.periodKey(LocalDate.of(2026, 1, 1)));
    assertEquals(2568, ResetRule.CALENDAR_YEAR.periodKey(LocalDate.of(2025, 10, 1)));
  }

  @Test
  void neverMeansOneCounterForever() {
    assertEquals(0, ResetRule.NEVER.periodKey(LocalDate.of(2020, 1, 1)));
    assertEquals(0, ResetRule.NEVER.periodKey(LocalDate.of(2030, 10, 1)));
  }

  @Test
  void theRuleIsReadFromConfigurationWithTheFiscalYearAsDefault() {
    assertEquals(ResetRule.FISCAL_YEAR, ResetRule.parse(null));
    assertEquals(ResetRule.CALENDAR_YEAR, ResetRule.parse("calendar-year"));
    assertEquals(ResetRule.NEVER, ResetRule.parse(" NEVER "));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ResetRule.parse("monthly"));
    assertEquals(true, e.getMessage().contains(ResetRule.CONFIG_KEY));
  }
}
