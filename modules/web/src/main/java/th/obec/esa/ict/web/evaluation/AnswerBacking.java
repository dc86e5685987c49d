package th.obec.esa.ict.web.evaluation;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import th.obec.esa.ict.evaluation.answer.AnswerService;
import th.obec.esa.ict.evaluation.form.EvaluationService;
import th.obec.esa.ict.evaluation.form.EvaluationView;
import th.obec.esa.ict.evaluation.form.InputRejectedException;
import th.obec.esa.ict.evaluation.form.RespondentGroup;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/**
 * /evaluation/answer.xhtml?id=: a signed-in person answers once, on a phone as well as a
 * desk: their group, a level per item, open answers. A refused sheet marks every item left out.
 */
@Named
@ViewScoped
public class AnswerBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private EvaluationService evaluations;

  @Inject
  private AnswerService answers;

  @Inject
  private CurrentUser currentUser;

  private Long id;
  private boolean answered;
  private final AnswerSheetForm sheet = new AnswerSheetForm();

  public void load() {
    try {
      EvaluationView v = evaluations.get(id, currentUser.actor());
      List<RespondentGroup> groups = groups(v);
      sheet.start(v, groups.contains(RespondentGroup.OFFICE_STAFF) ? RespondentGroup.OFFICE_STAFF
          : groups.isEmpty() ? null : groups.get(0));
      answered = answers.hasAnswered(id, currentUser.actor());
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** The groups a signed-in person may answer as: the evaluation's, but never the anonymous public. */
  static List<RespondentGroup> groups(EvaluationView v) {
    return v.groups().stream().filter(g -> g != RespondentGroup.PUBLIC).sorted().toList();
  }

  public List<RespondentGroup> getGroups() {
    return sheet.getEvaluation() == null ? List.of() : groups(sheet.getEvaluation());
  }

  public String submit() {
    sheet.getProblems().clear();
    try {
      answers.answer(id, sheet.input(), currentUser.actor());
      Messages.info("evaluation.page.thanks", sheet.getEvaluation().title());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/evaluation/list?faces-redirect=true";
    } catch (InputRejectedException e) {
      sheet.getProblems().add(e);
      Messages.error("evaluation.page.problems", sheet.getProblems().size());
      return null;
    } catch (BusinessException e) {
      Messages.error(e);
      return null;
    }
  }

  public Long getId() { return id; }
  public void setId(Long v) { id = v; }
  public boolean isAnswered() { return answered; }
  public AnswerSheetForm getSheet() { return sheet; }
}
