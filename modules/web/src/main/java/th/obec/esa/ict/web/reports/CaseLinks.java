package th.obec.esa.ict.web.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import th.obec.esa.ict.reports.port.CaseLine;

/**
 * Where a live case of a work process is shown and printed: each kind of case lives on its own
 * module's page; the printed report is a plain GET, so a director opens it from a phone.
 */
@Named
@ApplicationScoped
public class CaseLinks {

  /** The page of a case. */
  public String page(CaseLine c) {
    return switch (c.kind()) {
      case "SUBMISSION" -> "F06".equals(c.formCode()) || "F07".equals(c.formCode())
          ? "/forms/spec/view.xhtml?id=" + c.id() : "/forms/view.xhtml?id=" + c.id();
      case "EVALUATION" -> "/evaluation/view.xhtml?id=" + c.id();
      case "RETURN_ROUND" -> "/records/round.xhtml?id=" + c.id();
      case "STUDY" -> "/records/study.xhtml?id=" + c.id();
      case "IMPROVEMENT" -> "/records/improvement.xhtml?id=" + c.id();
      default -> null;
    };
  }

  /** The printed report of a case, or null when it has none (yet). */
  public String report(CaseLine c) {
    if (!c.reportAvailable()) {
      return null;
    }
    return switch (c.kind()) {
      case "SUBMISSION" -> "/api/forms/submissions/" + c.id() + "/pdf";
      case "EVALUATION" -> "/api/evaluations/" + c.id() + "/report.pdf";
      case "STUDY" -> "/api/records/studies/" + c.id() + "/report.pdf";
      case "IMPROVEMENT" -> "/api/records/improvements/" + c.id() + "/report.pdf";
      default -> null;
    };
  }

  /** The PrimeFaces tag colour of a state group. */
  public String severity(String stateGroup) {
    return switch (stateGroup == null ? "" : stateGroup) {
      case "DONE" -> "success";
      case "IN_PROGRESS" -> "info";
      case "REFUSED" -> "danger";
      default -> "warning";
    };
  }
}
