package th.obec.esa.ict.records.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.platform.BusinessException;

/** The printed form of record numbers, and the team and period checks shared by the records. */
class RecordNumberTest {

  @Test
  void numbersReadFormYearAndThreeDigits() {
    assertEquals("F13-2569/001", new RecordNumber("F13", 2569, 1).text());
    assertEquals("F16-2570/042", new RecordNumber("F16", 2570, 42).text());
    assertEquals("F13-2569/1000", new RecordNumber("F13", 2569, 1000).text());
  }

  @Test
  void aNumberNeedsABuddhistYearAndAPositiveRunningNumber() {
    assertThrows(IllegalArgumentException.class, () -> new RecordNumber("F13", 2026, 1));
    assertThrows(IllegalArgumentException.class, () -> new RecordNumber("F13", 2569, 0));
    assertThrows(IllegalArgumentException.class, () -> new RecordNumber(" ", 2569, 1));
  }

  @Test
  void aTeamKeepsOneTrimmedNamePerLine() {
    String stored = Texts.team(List.of(" นายสมชาย ใจดี ", "", "นางขวัญศิริ กองช่าง\nนายวิทยา สงค์ประภา"), 2000);
    assertEquals("นายสมชาย ใจดี\nนางขวัญศิริ กองช่าง\nนายวิทยา สงค์ประภา", stored);
    assertEquals(List.of("นายสมชาย ใจดี", "นางขวัญศิริ กองช่าง", "นายวิทยา สงค์ประภา"), Texts.teamOf(stored));
    assertEquals(List.of(), Texts.teamOf(Texts.team(List.of(" "), 2000)));
  }

  @Test
  void checksNameTheirField() {
    BusinessException tooLong = assertThrows(BusinessException.class,
        () -> Texts.required("title", "x".repeat(301), 300));
    assertEquals("title", tooLong.field());
    assertEquals("records.field.tooLong", tooLong.key());
    BusinessException blank = assertThrows(BusinessException.class, () -> Texts.required("label", "  ", 300));
    assertEquals("records.field.required", blank.key());
    BusinessException period = assertThrows(BusinessException.class,
        () -> Texts.period(java.time.LocalDate.of(2026, 6, 2), java.time.LocalDate.of(2026, 6, 1)));
    assertEquals("endDate", period.field());
  }
}
