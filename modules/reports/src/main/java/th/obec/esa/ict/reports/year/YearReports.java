package th.obec.esa.ict.reports.year;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import th.obec.esa.ict.platform.time.FiscalYear;
import th.obec.esa.ict.reports.port.AccountFigures;
import th.obec.esa.ict.reports.port.EvaluationLine;
import th.obec.esa.ict.reports.port.LoanFigures;
import th.obec.esa.ict.reports.port.RecordLine;
import th.obec.esa.ict.reports.port.RepairFigures;
import th.obec.esa.ict.reports.port.ReportOffice;
import th.obec.esa.ict.reports.port.RequestLine;
import th.obec.esa.ict.reports.port.ReturnLine;
import th.obec.esa.ict.reports.port.WorkFigures;
import th.obec.esa.ict.platform.rating.Band;

/**
 * Assembles a {@link YearReport} from what the ports returned: sums, shares, means, bands and
 * the sentences. Pure: no container, no clock, so every figure can be checked by a unit test.
 */
public final class YearReports {

  private YearReports() {}

  /** Everything the ports returned for one fiscal year. */
  public record Inputs(ReportOffice office, WorkFigures work, List<EvaluationLine> evaluations,
      List<ReturnLine> returns, List<RecordLine> studies, List<RecordLine> improvements) {

    public Inputs {
      work = work == null ? new WorkFigures(List.of(), null, null, null) : work;
      evaluations = evaluations == null ? List.of() : List.copyOf(evaluations);
      returns = returns == null ? List.of() : List.copyOf(returns);
      studies = studies == null ? List.of() : List.copyOf(studies);
      improvements = improvements == null ? List.of() : List.copyOf(improvements);
    }
  }

  public static YearReport assemble(FiscalYear year, LocalDate producedOn, Inputs in) {
    RequestSection requests = requests(in.work().requests());
    ServiceSection services = services(in.work().repairs(), in.work().loans());
    AccountSection accounts = accounts(in.work().accounts());
    EvaluationSection evaluations = evaluations(in.evaluations());
    ReturnSection returns = returns(in.returns());
    RecordSection records = records(in.studies(), in.improvements());
    Narratives narratives = NarrativeWriter.write(year.buddhistYear(), requests, services, accounts, evaluations,
        returns, records);
    return new YearReport(year.buddhistYear(), year.firstDay(), year.lastDay(), producedOn, in.office(), requests,
        services, accounts, evaluations, returns, records, narratives);
  }

  static RequestSection requests(List<RequestLine> lines) {
    List<RequestLine> sorted = lines.stream().sorted(Comparator.comparing(RequestLine::formCode)).toList();
    int received = 0;
    int approved = 0;
    int rejected = 0;
    int returned = 0;
    int completed = 0;
    int inProgress = 0;
    List<BigDecimal> means = new ArrayList<>();
    List<Integer> weights = new ArrayList<>();
    for (RequestLine l : sorted) {
      received += l.received();
      approved += l.approved();
      rejected += l.rejected();
      returned += l.returned();
      completed += l.completed();
      inProgress += l.inProgress();
      means.add(l.meanDaysToClose());
      weights.add(l.completed() + l.rejected() + l.returned());
    }
    RequestLine total = new RequestLine(null, null, received, approved, rejected, returned, completed, inProgress,
        Percent.weightedMean(means, weights));
    return new RequestSection(sorted, total, Percent.of(completed, received));
  }

  static ServiceSection services(RepairFigures repairs, LoanFigures loans) {
    RepairFigures r = repairs == null ? new RepairFigures(0, 0, null, BigDecimal.ZERO) : repairs;
    LoanFigures l = loans == null ? new LoanFigures(0, 0, 0, 0) : loans;
    return new ServiceSection(r, Percent.of(r.completed(), r.received()), l, Percent.of(l.returned(), l.loans()),
        Percent.of(l.returnedLate(), l.returned()));
  }

  static AccountSection accounts(AccountFigures accounts) {
    AccountFigures a = accounts == null ? new AccountFigures(0, 0, 0, 0, 0) : accounts;
    return new AccountSection(a, Percent.of(a.accountsIssued(), a.accountRequests()),
        Percent.of(a.accessGranted(), a.accessRequests()));
  }

  static EvaluationSection evaluations(List<EvaluationLine> lines) {
    List<EvaluationRow> rows = new ArrayList<>();
    int respondents = 0;
    List<BigDecimal> means = new ArrayList<>();
    List<Integer> weights = new ArrayList<>();
    EvaluationRow best = null;
    for (EvaluationLine l : lines) {
      Band band = Band.of(l.mean());
      String th = l.bandTh() != null ? l.bandTh() : band == null ? null : band.thai();
      String en = l.bandEn() != null ? l.bandEn() : band == null ? null : band.english();
      EvaluationRow row = new EvaluationRow(l, th, en);
      rows.add(row);
      respondents += l.respondents();
      means.add(l.mean());
      weights.add(l.respondents());
      if (l.mean() != null && (best == null || l.mean().compareTo(best.line().mean()) > 0)) {
        best = row;
      }
    }
    BigDecimal overall = Percent.weightedMean(means, weights);
    Band overallBand = Band.of(overall);
    return new EvaluationSection(rows, respondents, overall, overallBand == null ? null : overallBand.thai(), best);
  }

  static ReturnSection returns(List<ReturnLine> lines) {
    List<ReturnRow> rows = new ArrayList<>();
    int rounds = 0;
    int expected = 0;
    int onTime = 0;
    int late = 0;
    int overdue = 0;
    int waiting = 0;
    for (ReturnLine l : lines) {
      rows.add(new ReturnRow(l.system(), l.systemNameTh(), l.rounds(), l.expected(), l.onTime(), l.late(),
          l.overdue(), l.waiting(), Percent.of(l.onTime() + l.late(), l.expected()),
          Percent.of(l.onTime(), l.expected())));
      rounds += l.rounds();
      expected += l.expected();
      onTime += l.onTime();
      late += l.late();
      overdue += l.overdue();
      waiting += l.waiting();
    }
    ReturnRow total = new ReturnRow(null, "รวม", rounds, expected, onTime, late, overdue, waiting,
        Percent.of(onTime + late, expected), Percent.of(onTime, expected));
    return new ReturnSection(rows, total);
  }

  static RecordSection records(List<RecordLine> studies, List<RecordLine> improvements) {
    Comparator<RecordLine> byDate = Comparator.comparing(RecordLine::date,
        Comparator.nullsLast(Comparator.naturalOrder())).thenComparingLong(RecordLine::id);
    return new RecordSection(studies.stream().sorted(byDate).toList(), improvements.stream().sorted(byDate).toList(),
        (int) studies.stream().filter(RecordLine::reportIssued).count(),
        (int) improvements.stream().filter(RecordLine::reportIssued).count());
  }
}
