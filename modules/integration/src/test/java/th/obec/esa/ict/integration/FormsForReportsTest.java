package th.obec.esa.ict.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.summary.OutcomeLine;
import th.obec.esa.ict.forms.summary.SubmissionCase;
import th.obec.esa.ict.forms.summary.YearFigures;
import th.obec.esa.ict.forms.workflow.State;
import th.obec.esa.ict.reports.port.CaseLine;
import th.obec.esa.ict.reports.port.RequestLine;
import th.obec.esa.ict.reports.port.WorkFigures;

/** The forms' requests as the work processes and the yearly report group and count them. */
class FormsForReportsTest {

  private static final Map<State, String> GROUPS = Map.ofEntries(
      Map.entry(State.DRAFT, "OPEN"), Map.entry(State.SUBMITTED, "OPEN"), Map.entry(State.REVIEWED, "OPEN"),
      // sent back for correction: still open, waiting for the requester
      Map.entry(State.CORRECTION, "OPEN"),
      Map.entry(State.APPROVED, "IN_PROGRESS"), Map.entry(State.IN_PROGRESS, "IN_PROGRESS"),
      Map.entry(State.DONE, "DONE"),
      Map.entry(State.RETURNED, "REFUSED"), Map.entry(State.REJECTED, "REFUSED"), Map.entry(State.WITHDRAWN, "REFUSED"));

  @ParameterizedTest
  @EnumSource(State.class)
  void everyStateFallsInOneOfTheFourGroups(State s) {
    assertEquals(GROUPS.get(s), FormsForReports.group(s), s.name());
  }

  @Test
  void aRequestNotYetDecidedIsOpenAndAFinalOneIsDoneOrRefused() {
    for (State s : State.values()) {
      String g = FormsForReports.group(s);
      if (s.isFinal()) {
        assertTrue(g.equals("DONE") || g.equals("REFUSED"), s.name());
      } else {
        assertTrue(g.equals("OPEN") || g.equals("IN_PROGRESS"), s.name());
      }
    }
  }

  @Test
  void theFormsFiledAsRequestsHereAreKept() {
    Set<String> requests = Set.of("F02", "F03", "F04", "F05", "F06", "F07", "F08", "F09", "F14");
    assertEquals(EnumSet.of(FormCode.F02, FormCode.F03, FormCode.F04, FormCode.F05, FormCode.F06, FormCode.F07,
        FormCode.F08, FormCode.F09, FormCode.F14), FormsForReports.keptHere(requests));
  }

  @Test
  void theGeneratedSummaryAndOtherModulesFormsAreLeftToThem() {
    Set<String> others = Set.of("F01", "F10", "F11", "F12", "F13", "F15", "F16", "F17", "F18", "F19", "F20", "F21",
        "F22");
    assertEquals(Set.of(), FormsForReports.keptHere(others));
    Set<String> all = Arrays.stream(FormCode.values()).map(Enum::name).collect(Collectors.toSet());
    assertEquals(FormsForReports.KEPT_HERE, FormsForReports.keptHere(all));
  }

  @Test
  void aProcessMixingFormsKeepsOnlyTheRequests() {
    assertEquals(EnumSet.of(FormCode.F03), FormsForReports.keptHere(Set.of("F03", "F10", "F01")));
  }

  @Test
  void aFormCodeTheFormsDoNotKnowIsNotTheirsAndBreaksNothing() {
    // a process of the catalogue may name a form added by the office (the catalogue is data)
    assertEquals(EnumSet.of(FormCode.F04), FormsForReports.keptHere(Set.of("F04", "F23", "f04", "")));
  }

  @Test
  void aFiledRequestIsACaseWithItsNumberStateAndGroup() {
    SubmissionCase c = new SubmissionCase(41, FormCode.F03, "ศธ 04086/123", "จอภาพห้องประชุมเสีย", State.REVIEWED,
        LocalDate.of(2026, 11, 2));
    assertEquals(new CaseLine("SUBMISSION", 41, "F03", "ศธ 04086/123", "จอภาพห้องประชุมเสีย", "REVIEWED",
        "ตรวจสอบแล้ว", "Reviewed", "OPEN", LocalDate.of(2026, 11, 2), true), FormsForReports.caseLine(c));
  }

  @Test
  void theYearsFiguresAreCarriedOverFieldByField() {
    YearFigures y = new YearFigures(
        List.of(new OutcomeLine(FormCode.F04, 12, 10, 1, 1, 8, 2, new BigDecimal("3.50"))),
        new YearFigures.Repairs(7, 5, new BigDecimal("4.20"), new BigDecimal("1250.00")),
        new YearFigures.Loans(12, 9, 2, 1),
        new YearFigures.Accounts(6, 5, 4, 3, 2));
    WorkFigures w = FormsForReports.workFigures(y);
    assertEquals(List.of(new RequestLine("F04", FormCode.F04.thaiName(), 12, 10, 1, 1, 8, 2, new BigDecimal("3.50"))),
        w.requests());
    assertEquals(7, w.repairs().received());
    assertEquals(5, w.repairs().completed());
    assertEquals(new BigDecimal("4.20"), w.repairs().meanDaysToComplete());
    assertEquals(new BigDecimal("1250.00"), w.repairs().partsCost());
    assertEquals(List.of(12, 9, 2, 1), List.of(w.loans().loans(), w.loans().returned(), w.loans().returnedLate(),
        w.loans().overdueNow()));
    assertEquals(List.of(6, 5, 4, 3, 2), List.of(w.accounts().accountRequests(), w.accounts().accountsIssued(),
        w.accounts().accessRequests(), w.accounts().accessGranted(), w.accounts().accessEnded()));
  }
}
