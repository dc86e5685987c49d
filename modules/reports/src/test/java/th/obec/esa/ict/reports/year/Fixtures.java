package th.obec.esa.ict.reports.year;

import java.time.LocalDate;
import th.obec.esa.ict.platform.time.FiscalYear;
import th.obec.esa.ict.reports.testdoubles.TestEvaluationResults;
import th.obec.esa.ict.reports.testdoubles.TestRecords;
import th.obec.esa.ict.reports.testdoubles.TestReportOffice;
import th.obec.esa.ict.reports.testdoubles.TestWorkFigures;

/** Year reports assembled from the test doubles, as the service assembles them. */
final class Fixtures {

  static final LocalDate PRODUCED = LocalDate.of(2026, 11, 26);

  private Fixtures() {}

  static YearReport year(int buddhistYear) {
    FiscalYear fy = new FiscalYear(buddhistYear);
    LocalDate from = fy.firstDay();
    LocalDate to = fy.lastDay();
    TestRecords records = new TestRecords();
    return YearReports.assemble(fy, PRODUCED, new YearReports.Inputs(new TestReportOffice().office(),
        new TestWorkFigures().figures(from, to), new TestEvaluationResults().results(from, to),
        records.returns(from, to), records.studies(from, to), records.improvements(from, to)));
  }
}
