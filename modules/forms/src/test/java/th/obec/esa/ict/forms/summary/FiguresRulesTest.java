package th.obec.esa.ict.forms.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.summary.FiguresRules.Filed;
import th.obec.esa.ict.forms.summary.FiguresRules.Lent;
import th.obec.esa.ict.forms.workflow.State;

/** The yearly figures count each filed request once, by where it stands now. */
class FiguresRulesTest {

  private static final OffsetDateTime T = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.ofHours(7));

  @Test
  void outcomesCountEveryStateOnceAndTheMeanOverTheClosedOnes() {
    List<Filed> filed = List.of(
        new Filed(FormCode.F03, State.DONE, T, T.plusDays(2)),
        new Filed(FormCode.F03, State.DONE, T, T.plusDays(3)),
        new Filed(FormCode.F03, State.IN_PROGRESS, T, null),
        new Filed(FormCode.F03, State.REJECTED, T, T.plusDays(1)),
        new Filed(FormCode.F03, State.WITHDRAWN, T, T.plusHours(1)),
        new Filed(FormCode.F03, State.SUBMITTED, T, null),
        new Filed(FormCode.F02, State.RETURNED, T, T.plusDays(1)));
    List<OutcomeLine> lines = FiguresRules.outcomes(filed);
    assertEquals(2, lines.size());
    OutcomeLine f02 = lines.get(0);
    assertEquals(new OutcomeLine(FormCode.F02, 1, 0, 0, 1, 0, 0, new BigDecimal("1.00")), f02);
    OutcomeLine f03 = lines.get(1);
    assertEquals(6, f03.received());
    assertEquals(3, f03.approved());
    assertEquals(1, f03.rejected());
    assertEquals(1, f03.returned());
    assertEquals(2, f03.completed());
    assertEquals(2, f03.inProgress());
    // closed: 2 days, 3 days, 1 day, 1 hour -> (6 days + 1 hour) / 4
    assertEquals(new BigDecimal("1.51"), f03.meanDaysToClose());
    assertEquals(new BigDecimal("2.50"), FiguresRules.meanDaysToComplete(filed.subList(0, 6)));
  }

  @Test
  void draftsAreNotRequests() {
    assertEquals(List.of(), FiguresRules.outcomes(List.of(new Filed(FormCode.F05, State.DRAFT, T, null))));
    assertNull(FiguresRules.meanDays(0, 0));
  }

  @Test
  void loansCountLateReturnsAndOverdueOnesAgainstToday() {
    LocalDate today = LocalDate.of(2026, 9, 10);
    YearFigures.Loans loans = FiguresRules.loans(List.of(
        new Lent(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 8, 25), LocalDate.of(2026, 9, 1)),
        new Lent(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 8, 25), LocalDate.of(2026, 9, 2)),
        new Lent(LocalDate.of(2026, 9, 9), LocalDate.of(2026, 9, 1), null),
        new Lent(LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 1), null),
        new Lent(LocalDate.of(2026, 9, 30), null, null)), today);
    assertEquals(new YearFigures.Loans(4, 2, 1, 1), loans);
  }
}
