package th.obec.esa.ict.reports.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.reports.port.CaseLine;
import th.obec.esa.ict.reports.testdoubles.TestEvaluationCases;
import th.obec.esa.ict.reports.testdoubles.TestRecordCases;
import th.obec.esa.ict.reports.testdoubles.TestSubmissionCases;

/** Merging the sources' cases, counting them and the reports of each process. */
class ProcessCasesRulesTest {

  private static CaseLine line(String kind, long id, String form, LocalDate date, String group) {
    return new CaseLine(kind, id, form, null, "t", "S", "ส", "s", group, date, false);
  }

  @Test
  void casesOfSeveralSourcesAreMergedNewestFirstOnceEachAndOnlyForTheFormsAsked() {
    Set<String> forms = Set.of("F03", "F11", "F16");
    List<CaseLine> merged = CaseMerge.merge(List.of(new TestSubmissionCases().cases(6, forms, 100),
        new TestEvaluationCases().cases(6, forms, 100), new TestRecordCases().cases(6, forms, 100)), forms, 100);
    assertEquals(List.of(5001L, 403L, 1201L, 401L), merged.stream().map(CaseLine::id).toList(),
        "of the requests, only the F03 filed under process 6");
    assertEquals(3, merged.stream().map(CaseLine::kind).distinct().count());
  }

  @Test
  void theMergeKeepsTheNewestUpToTheLimitAndPutsUndatedCasesLast() {
    List<CaseLine> merged = CaseMerge.merge(List.of(
        List.of(line("SUBMISSION", 1, "F03", LocalDate.of(2026, 1, 1), "OPEN"),
            line("SUBMISSION", 2, "F03", null, "OPEN")),
        List.of(line("EVALUATION", 1, "F11", LocalDate.of(2026, 3, 1), "DONE"),
            line("EVALUATION", 3, "F11", LocalDate.of(2026, 3, 1), "DONE"))), Set.of("F03", "F11"), 3);
    assertEquals(3, merged.size());
    assertEquals("EVALUATION", merged.get(0).kind());
    assertEquals(3L, merged.get(0).id(), "same day: the higher id first");
    assertEquals(1L, merged.get(2).id());
    assertEquals("SUBMISSION", merged.get(2).kind(), "a submission and an evaluation may share an id");
  }

  @Test
  void statesAreCountedByGroupAndAnUnknownGroupCountsAsOpen() {
    StateCounts c = StateCounts.of(List.of(line("S", 1, "F03", null, "OPEN"), line("S", 2, "F03", null, "DONE"),
        line("S", 3, "F03", null, "DONE"), line("S", 4, "F03", null, "REFUSED"),
        line("S", 5, "F03", null, "IN_PROGRESS"), line("S", 6, "F03", null, "WHATEVER")));
    assertEquals(new StateCounts(2, 1, 2, 1), c);
    assertEquals(6, c.total());
  }

  @Test
  void eachProcessGetsTheReportsOfItsForms() {
    assertEquals(List.of(ProcessReport.F10), ProcessReport.forForms(List.of("F08", "F09", "F10")));
    assertEquals(List.of(ProcessReport.F12), ProcessReport.forForms(List.of("F11", "F12")));
    assertEquals(List.of(ProcessReport.F15), ProcessReport.forForms(List.of("F13", "F14", "F15")));
    assertEquals(List.of(ProcessReport.F17), ProcessReport.forForms(List.of("F16", "F17")));
    assertEquals(List.of(ProcessReport.F12, ProcessReport.F21), ProcessReport.forForms(List.of("F20", "F21")));
    assertEquals(List.of(), ProcessReport.forForms(List.of("F02", "F03", "F04")));
    assertEquals("F15", ProcessReport.ofCase("STUDY"));
    assertEquals("MEMO", ProcessReport.ofCase("SUBMISSION"));
    assertNull(ProcessReport.ofCase("RETURN_ROUND"));
  }
}
