package th.obec.esa.ict.records.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.platform.time.OfficeTime;

/** States of F01 returns from their dates and the clock, at the edges of the due date. */
class ReturnRulesTest {

  private static final LocalDate DUE = LocalDate.of(2026, 6, 10);

  private static OffsetDateTime bangkok(int month, int day, int hour, int minute) {
    return OffsetDateTime.of(2026, month, day, hour, minute, 0, 0, ZoneOffset.ofHours(7));
  }

  @Test
  void sentOnTheDueDateIsOnTimeUpToTheLastMinute() {
    assertEquals(ReturnState.SUBMITTED, ReturnRules.state(DUE, bangkok(6, 10, 0, 0), DUE.plusDays(30), OfficeTime.ZONE));
    assertEquals(ReturnState.SUBMITTED, ReturnRules.state(DUE, bangkok(6, 10, 23, 59), DUE.plusDays(30), OfficeTime.ZONE));
    assertEquals(ReturnState.SUBMITTED, ReturnRules.state(DUE, bangkok(5, 1, 9, 0), DUE, OfficeTime.ZONE));
  }

  @Test
  void sentTheDayAfterTheDueDateIsLate() {
    assertEquals(ReturnState.LATE, ReturnRules.state(DUE, bangkok(6, 11, 0, 0), DUE.plusDays(1), OfficeTime.ZONE));
    assertEquals(ReturnState.LATE, ReturnRules.state(DUE, bangkok(7, 1, 8, 30), DUE.plusDays(30), OfficeTime.ZONE));
  }

  @Test
  void theDayIsTheOfficesDayNotUtc() {
    // 17:30 UTC on the 10th is 00:30 on the 11th in Bangkok: late
    OffsetDateTime utc = OffsetDateTime.of(2026, 6, 10, 17, 30, 0, 0, ZoneOffset.UTC);
    assertEquals(ReturnState.LATE, ReturnRules.state(DUE, utc, DUE.plusDays(1), OfficeTime.ZONE));
    // 16:59 UTC on the 10th is 23:59 in Bangkok: on time
    assertEquals(ReturnState.SUBMITTED, ReturnRules.state(DUE, utc.minusMinutes(31), DUE.plusDays(1), OfficeTime.ZONE));
  }

  @Test
  void notSentIsWaitingUntilTheDueDateAndOverdueFromTheNextDay() {
    assertEquals(ReturnState.WAITING, ReturnRules.state(DUE, null, DUE.minusDays(3), OfficeTime.ZONE));
    assertEquals(ReturnState.WAITING, ReturnRules.state(DUE, null, DUE, OfficeTime.ZONE));
    assertEquals(ReturnState.OVERDUE, ReturnRules.state(DUE, null, DUE.plusDays(1), OfficeTime.ZONE));
    assertEquals(0, ReturnRules.daysOverdue(DUE, DUE));
    assertEquals(5, ReturnRules.daysOverdue(DUE, DUE.plusDays(5)));
  }

  @Test
  void schoolCodesAreEightOrTenDigitsThaiDigitsRead() {
    assertEquals("1086010001", ReturnRules.schoolCode("1086010001"));
    assertEquals("86010001", ReturnRules.schoolCode(" 86010001 "));
    assertEquals("1086010001", ReturnRules.schoolCode("๑๐๘๖๐๑๐๐๐๑"));
    assertEquals("1086010001", ReturnRules.schoolCode("10-8601-0001"));
    assertNull(ReturnRules.schoolCode("108601000"));
    assertNull(ReturnRules.schoolCode("10860100011"));
    assertNull(ReturnRules.schoolCode("10860A0001"));
    assertNull(ReturnRules.schoolCode(""));
    assertNull(ReturnRules.schoolCode(null));
  }

  @Test
  void theTallyCountsEachStateAndThePercentSent() {
    ReturnRules.Tally t = ReturnRules.tally(List.of(ReturnState.SUBMITTED, ReturnState.SUBMITTED, ReturnState.LATE,
        ReturnState.OVERDUE, ReturnState.WAITING, ReturnState.WAITING));
    assertEquals(new ReturnRules.Tally(6, 2, 1, 1, 2), t);
    assertEquals(3, t.sent());
    assertEquals(50.0, t.percentComplete());
    assertEquals(33.3, ReturnRules.tally(List.of(ReturnState.LATE, ReturnState.WAITING, ReturnState.OVERDUE))
        .percentComplete());
    assertEquals(0.0, ReturnRules.tally(List.of()).percentComplete());
  }
}
