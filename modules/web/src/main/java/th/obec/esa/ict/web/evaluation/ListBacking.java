package th.obec.esa.ict.web.evaluation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import th.obec.esa.ict.evaluation.answer.AnswerService;
import th.obec.esa.ict.evaluation.answer.OpenEvaluation;
import th.obec.esa.ict.evaluation.form.EvaluationService;
import th.obec.esa.ict.evaluation.form.EvaluationSummary;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.web.shell.CurrentUser;

/**
 * /evaluation/list.xhtml: the evaluations open for the user to answer (everyone), and every
 * evaluation with its state and respondents for the ICT group, directors and auditors.
 */
@Named("evaluationList")
@RequestScoped
public class ListBacking {

  @EJB
  private EvaluationService evaluations;

  @EJB
  private AnswerService answers;

  @Inject
  private CurrentUser currentUser;

  private List<OpenEvaluation> open;
  private List<EvaluationSummary> all;

  public void load() {
    open = answers.openFor(currentUser.actor());
    if (isReader()) {
      all = evaluations.list(null, currentUser.actor());
    }
  }

  public boolean isReader() {
    return currentUser.isInRole(Roles.ICT_OFFICER) || currentUser.isInRole(Roles.DIRECTOR)
        || currentUser.isInRole(Roles.UNIT_DIRECTOR) || currentUser.isInRole(Roles.AUDITOR);
  }

  public List<OpenEvaluation> getOpen() { return open; }
  public List<EvaluationSummary> getAll() { return all; }
}
