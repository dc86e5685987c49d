package th.obec.esa.ict.integration;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import th.obec.esa.ict.evaluation.api.EvaluationCase;
import th.obec.esa.ict.evaluation.api.EvaluationOutcome;
import th.obec.esa.ict.evaluation.api.EvaluationResults;
import th.obec.esa.ict.reports.port.CaseLine;
import th.obec.esa.ict.reports.port.CasesPort;
import th.obec.esa.ict.reports.port.EvaluationLine;
import th.obec.esa.ict.reports.port.EvaluationResultsPort;

/** The evaluations' results for the yearly report, and the evaluations as cases of their work processes. */
@Stateless
@Local({EvaluationResultsPort.class, CasesPort.class})
public class EvaluationForReports implements EvaluationResultsPort, CasesPort {

  @EJB
  private EvaluationResults evaluations;

  @Override
  public List<EvaluationLine> results(LocalDate from, LocalDate to) {
    return evaluations.results(from, to).stream().map(EvaluationForReports::line).toList();
  }

  static EvaluationLine line(EvaluationOutcome o) {
    return new EvaluationLine(o.id(), o.formCode(), o.title(), o.subject(), o.state(), (int) o.respondents(),
        o.overallMean(), o.overallSd(), o.bandThai(), o.bandEnglish());
  }

  /** By form: each evaluation form serves one process only (F11: 11; F18, F19: 14; F20: 15; F22: 16). */
  @Override
  public List<CaseLine> cases(int process, Set<String> formCodes, int max) {
    return evaluations.cases(formCodes, max).stream().map(EvaluationForReports::caseLine).toList();
  }

  static CaseLine caseLine(EvaluationCase c) {
    String[] state = switch (c.state()) {
      case "DRAFT" -> new String[] {"ร่าง (ยังไม่เปิดให้ตอบ)", "Draft (not open)", "OPEN"};
      case "OPEN" -> new String[] {"เปิดให้ตอบ", "Open for answers", "IN_PROGRESS"};
      default -> new String[] {"ปิดการประเมินแล้ว", "Closed", "DONE"};
    };
    return new CaseLine("EVALUATION", c.id(), c.formCode(), null, c.title(), c.state(), state[0], state[1], state[2],
        c.openedOn(), c.respondents() > 0);
  }
}
