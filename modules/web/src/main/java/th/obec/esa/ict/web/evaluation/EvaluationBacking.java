package th.obec.esa.ict.web.evaluation;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import th.obec.esa.ict.evaluation.form.EvaluationService;
import th.obec.esa.ict.evaluation.form.EvaluationState;
import th.obec.esa.ict.evaluation.form.EvaluationView;
import th.obec.esa.ict.evaluation.report.F12Report;
import th.obec.esa.ict.evaluation.report.ReportService;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/**
 * /evaluation/view.xhtml?id=: one evaluation, what an officer does with it (open, close, edit,
 * copy for next year), and its F12 summary: per item and section the answers, mean, S.D. and
 * band, open answers grouped, with the PDF and the workbook to download.
 */
@Named
@ViewScoped
public class EvaluationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private EvaluationService evaluations;

  @Inject
  private ReportService reports;

  @Inject
  private th.obec.esa.ict.organization.api.StandIns staff;

  @Inject
  private CurrentUser currentUser;

  private Long id;
  private EvaluationView evaluation;
  private F12Report report;
  private Integer copyYear;

  public void load() {
    try {
      evaluation = evaluations.get(id, currentUser.actor());
      copyYear = evaluation.fiscalYear() + 1;
      if (isReader() && evaluation.state() != EvaluationState.DRAFT) {
        report = reports.f12(id, currentUser.actor());
      }
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public boolean isOfficer() {
    return currentUser.isInRole(Roles.ICT_OFFICER);
  }

  /** Who may read the F12: the ICT group, directors and auditors. */
  public boolean isReader() {
    return isOfficer() || currentUser.isInRole(Roles.DIRECTOR) || currentUser.isInRole(Roles.UNIT_DIRECTOR)
        || currentUser.isInRole(Roles.AUDITOR);
  }

  public String open() {
    return act(() -> evaluations.open(id, currentUser.actor()), "evaluation.page.opened");
  }

  public String close() {
    return act(() -> evaluations.close(id, currentUser.actor()), "evaluation.page.closed");
  }

  public String copy() {
    try {
      EvaluationView v = evaluations.copy(id, copyYear == null ? evaluation.fiscalYear() + 1 : copyYear,
          currentUser.actor());
      Messages.info("evaluation.page.copied", v.fiscalYear());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/evaluation/edit?faces-redirect=true&id=" + v.id();
    } catch (BusinessException e) {
      Messages.error(e);
      return null;
    }
  }

  private String act(Runnable action, String doneKey) {
    try {
      action.run();
      Messages.info(doneKey, evaluation.title());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/evaluation/view?faces-redirect=true&id=" + id;
    } catch (BusinessException e) {
      Messages.error(e);
      return null;
    }
  }

  public StreamedContent getPdf() {
    byte[] pdf = reports.f12Pdf(id, null, th.obec.esa.ict.web.records.Signer.block(currentUser, staff), currentUser.actor());
    return DefaultStreamedContent.builder().name(ReportService.fileName(evaluation, "pdf")).contentType("application/pdf")
        .stream(() -> new ByteArrayInputStream(pdf)).build();
  }

  public StreamedContent getXlsx() {
    byte[] xlsx = reports.f12Xlsx(id, currentUser.actor());
    return DefaultStreamedContent.builder().name(ReportService.fileName(evaluation, "xlsx"))
        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .stream(() -> new ByteArrayInputStream(xlsx)).build();
  }

  /** The width of a mean's bar on the 0-5 scale, in percent. */
  public String barWidth(BigDecimal mean) {
    return mean == null ? "0" : mean.multiply(BigDecimal.valueOf(20)).stripTrailingZeros().toPlainString();
  }

  /** The address of the public page of an F20 open to everyone. */
  public String getPublicLink() {
    var ec = FacesContext.getCurrentInstance().getExternalContext();
    String scheme = ec.getRequestScheme();
    int port = ec.getRequestServerPort();
    boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme + "://" + ec.getRequestServerName() + (defaultPort ? "" : ":" + port) + ec.getRequestContextPath()
        + "/public/evaluation.xhtml?id=" + id;
  }

  public Long getId() { return id; }
  public void setId(Long v) { id = v; }
  public EvaluationView getEvaluation() { return evaluation; }
  public F12Report getReport() { return report; }
  public Integer getCopyYear() { return copyYear; }
  public void setCopyYear(Integer v) { copyYear = v; }
}
