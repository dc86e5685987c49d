package th.obec.esa.ict.forms.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.workflow.State;

class SummaryRulesTest {

  private static final ZoneOffset BKK = ZoneOffset.ofHours(7);
  private static final OffsetDateTime NOV = OffsetDateTime.of(2026, 11, 1, 0, 0, 0, 0, BKK);
  private static final OffsetDateTime DEC = OffsetDateTime.of(2026, 12, 1, 0, 0, 0, 0, BKK);

  private static OffsetDateTime nov(int day, int hour) {
    return OffsetDateTime.of(2026, 11, day, hour, 0, 0, 0, BKK);
  }

  @Test
  void countsEachEventInThePeriodItHappenedAndAveragesTheTimes() {
    List<RequestFacts> facts = List.of(
        new RequestFacts(FormCode.F08, State.DONE, nov(2, 9), nov(2, 13), nov(4, 9)),
        new RequestFacts(FormCode.F08, State.DONE, nov(10, 9), nov(11, 9), nov(20, 9)),
        new RequestFacts(FormCode.F08, State.REVIEWED, nov(29, 9), null, null),
        new RequestFacts(FormCode.F03, State.RETURNED, OffsetDateTime.of(2026, 10, 28, 9, 0, 0, 0, BKK),
            OffsetDateTime.of(2026, 10, 29, 9, 0, 0, 0, BKK), nov(3, 9)),
        new RequestFacts(FormCode.F14, State.APPROVED, nov(30, 23), DEC.plusHours(1), null));
    List<FormLine> lines = SummaryRules.lines(facts, NOV, DEC);

    FormLine f08 = line(lines, FormCode.F08);
    assertEquals(3, f08.received());
    assertEquals(2, f08.decided());
    assertEquals(2, f08.completed());
    assertEquals(new BigDecimal("14.00"), f08.meanHoursToDecision(), "(4 h + 24 h) / 2");
    assertEquals(new BigDecimal("6.00"), f08.meanDaysToClose(), "(2 d + 10 d) / 2");
    assertEquals(new BigDecimal("10.00"), f08.maxDaysToClose());

    FormLine f03 = line(lines, FormCode.F03);
    assertEquals(0, f03.received(), "filed in October");
    assertEquals(0, f03.decided(), "decided in October");
    assertEquals(1, f03.returned());
    assertNull(f03.meanDaysToClose());

    FormLine f14 = line(lines, FormCode.F14);
    assertEquals(1, f14.received());
    assertEquals(0, f14.decided(), "decided in December");
    assertNull(f14.meanHoursToDecision());
  }

  @Test
  void aPeriodWithoutEventsHasNoLines() {
    assertTrue(SummaryRules.lines(List.of(new RequestFacts(FormCode.F05, State.DONE, nov(2, 9), nov(2, 10), nov(3, 9))),
        DEC, DEC.plusMonths(1)).isEmpty());
  }

  @Test
  void theEndOfThePeriodIsExcludedAndItsStartIncluded() {
    assertTrue(SummaryRules.within(NOV, NOV, DEC));
    assertTrue(!SummaryRules.within(DEC, NOV, DEC));
  }

  private static FormLine line(List<FormLine> lines, FormCode form) {
    return lines.stream().filter(l -> l.form() == form).findFirst().orElseThrow();
  }
}
