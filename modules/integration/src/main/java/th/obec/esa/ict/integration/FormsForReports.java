package th.obec.esa.ict.integration;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.summary.FiguresService;
import th.obec.esa.ict.forms.summary.OutcomeLine;
import th.obec.esa.ict.forms.summary.SubmissionCase;
import th.obec.esa.ict.forms.summary.YearFigures;
import th.obec.esa.ict.forms.workflow.State;
import th.obec.esa.ict.reports.port.AccountFigures;
import th.obec.esa.ict.reports.port.CaseLine;
import th.obec.esa.ict.reports.port.CasesPort;
import th.obec.esa.ict.reports.port.LoanFigures;
import th.obec.esa.ict.reports.port.RepairFigures;
import th.obec.esa.ict.reports.port.RequestLine;
import th.obec.esa.ict.reports.port.WorkFigures;
import th.obec.esa.ict.reports.port.WorkFiguresPort;

/** The forms' figures and filed requests for the yearly report and the work processes' cases. */
@Stateless
@Local({WorkFiguresPort.class, CasesPort.class})
public class FormsForReports implements WorkFiguresPort, CasesPort {

  @EJB
  private FiguresService figures;

  @Override
  public WorkFigures figures(LocalDate from, LocalDate to) {
    return workFigures(figures.figures(from, to));
  }

  /** The forms' figures as the yearly report reads them: one line per form, repairs, loans, accounts and access. */
  static WorkFigures workFigures(YearFigures y) {
    List<RequestLine> lines = y.requests().stream().map(FormsForReports::line).toList();
    YearFigures.Repairs r = y.repairs();
    YearFigures.Loans l = y.loans();
    YearFigures.Accounts a = y.accounts();
    return new WorkFigures(lines, new RepairFigures(r.received(), r.completed(), r.meanDaysToComplete(), r.partsCost()),
        new LoanFigures(l.loans(), l.returned(), l.returnedLate(), l.overdueNow()),
        new AccountFigures(a.accountRequests(), a.accountsIssued(), a.accessRequests(), a.accessGranted(),
            a.accessEnded()));
  }

  static RequestLine line(OutcomeLine o) {
    return new RequestLine(o.form().name(), o.form().thaiName(), o.received(), o.approved(), o.rejected(),
        o.returned(), o.completed(), o.inProgress(), o.meanDaysToClose());
  }

  /**
   * Requests filed under the process, of the forms this module keeps; the evaluation and record
   * forms are others'. A request names its process, so an F03 filed under process 6 is not a case
   * of processes 5, 8 or 9, which use the F03 too.
   */
  @Override
  public List<CaseLine> cases(int process, Set<String> formCodes, int max) {
    return figures.cases(process, keptHere(formCodes), max).stream().map(FormsForReports::caseLine).toList();
  }

  /**
   * Of a process's form codes, those filed as requests here. The processes' forms are catalogue
   * data: a code the forms do not know is someone else's, as the evaluation module also treats it.
   */
  static Set<FormCode> keptHere(Set<String> formCodes) {
    Set<FormCode> forms = EnumSet.noneOf(FormCode.class);
    for (FormCode f : KEPT_HERE) {
      if (formCodes.contains(f.name())) {
        forms.add(f);
      }
    }
    return forms;
  }

  /** The forms filed as requests in this module (F10 is generated, the rest belong to other modules). */
  static final Set<FormCode> KEPT_HERE = EnumSet.of(FormCode.F02, FormCode.F03, FormCode.F04, FormCode.F05,
      FormCode.F06, FormCode.F07, FormCode.F08, FormCode.F09, FormCode.F14);

  static CaseLine caseLine(SubmissionCase c) {
    return new CaseLine("SUBMISSION", c.id(), c.form().name(), c.number(), c.subject(), c.state().name(),
        c.state().thai(), c.state().english(), group(c.state()), c.submittedOn(), true);
  }

  static String group(State s) {
    return switch (s) {
      case DRAFT, SUBMITTED, REVIEWED, CORRECTION -> "OPEN";
      case APPROVED, IN_PROGRESS -> "IN_PROGRESS";
      case DONE -> "DONE";
      case RETURNED, REJECTED, WITHDRAWN -> "REFUSED";
    };
  }
}
