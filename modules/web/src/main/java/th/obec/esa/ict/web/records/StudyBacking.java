package th.obec.esa.ict.web.records;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.primefaces.PrimeFaces;
import org.primefaces.model.StreamedContent;
import th.obec.esa.ict.organization.api.StandIns;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.records.common.RecordState;
import th.obec.esa.ict.records.study.StudyInput;
import th.obec.esa.ict.records.study.StudyService;
import th.obec.esa.ict.records.study.StudyView;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/**
 * /records/study.xhtml?id= (F13): a new study when there is no id, else the study, editable while
 * recorded. An ICT officer issues its F15 report, signed with their own name and position, and
 * may reopen it with a reason to correct it.
 */
@Named
@ViewScoped
public class StudyBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private StudyService studies;

  @Inject
  private StandIns staff;

  @Inject
  private CurrentUser currentUser;

  @Inject
  private th.obec.esa.ict.records.api.RecordPrints prints;

  private Long id;
  private StudyView view;
  private String title;
  private String systemStudied;
  private String objectives;
  private String scopeMethod;
  private LocalDate startDate;
  private LocalDate endDate;
  private String team;
  private String findings;
  private String problems;
  private String recommendations;
  private String reason;

  /** f:viewAction: reads the study named in the address, or starts a blank one. */
  public void load() {
    if (id == null) {
      return;
    }
    try {
      show(studies.get(id, currentUser.actor()));
    } catch (BusinessException e) {
      view = null;
      Messages.error(e);
    }
  }

  private void show(StudyView v) {
    view = v;
    id = v.id();
    title = v.title();
    systemStudied = v.systemStudied();
    objectives = v.objectives();
    scopeMethod = v.scopeMethod();
    startDate = v.startDate();
    endDate = v.endDate();
    team = TextLines.join(v.team());
    findings = v.findings();
    problems = v.problems();
    recommendations = v.recommendations();
  }

  private StudyInput input() {
    return new StudyInput(title, systemStudied, objectives, scopeMethod, startDate, endDate, TextLines.lines(team),
        findings, problems, recommendations);
  }

  public String save() {
    try {
      if (view == null) {
        StudyView v = studies.create(input(), currentUser.actor());
        Messages.info("records.page.study.created", v.number());
        RecordsPages.keepMessages();
        return "/records/study?faces-redirect=true&id=" + v.id();
      }
      show(studies.update(id, input(), currentUser.actor()));
      Messages.info("records.page.saved", view.number());
    } catch (BusinessException e) {
      RecordsPages.error(e, "study");
    }
    return null;
  }

  /** Saves what is on the screen, then issues the F15 with it. */
  public void issue() {
    try {
      show(studies.update(id, input(), currentUser.actor()));
      show(studies.issueReport(id, Signer.of(currentUser, staff), currentUser.actor()));
      Messages.info("records.page.study.issued", view.number());
    } catch (BusinessException e) {
      RecordsPages.error(e, "study");
    }
  }

  public void reopen() {
    try {
      show(studies.reopen(id, reason, currentUser.actor()));
      reason = null;
      Messages.info("records.page.reopened", view.number());
      PrimeFaces.current().executeScript("PF('reopenDlg').hide()");
    } catch (BusinessException e) {
      RecordsPages.error(e, "reopenForm");
    }
  }

  /** The F13 itself, as it stands, for the recorder to sign. */
  public StreamedContent getRecordPdf() {
    return RecordsPages.pdf(prints.studyRecordPdf(id, currentUser.actor()), "F13-" + id + ".pdf");
  }

  public StreamedContent getPdf() {
    return RecordsPages.pdf(studies.reportPdf(id, currentUser.actor()), "F15-" + view.number().replace('/', '-') + ".pdf");
  }

  public boolean isEditable() {
    return currentUser.isInRole(Roles.ICT_OFFICER) && (view == null || view.state() == RecordState.RECORDED);
  }

  public boolean isOfficer() {
    return currentUser.isInRole(Roles.ICT_OFFICER);
  }

  public Long getId() { return id; }
  public void setId(Long v) { id = v; }
  public StudyView getView() { return view; }
  public String getTitle() { return title; }
  public void setTitle(String v) { title = v; }
  public String getSystemStudied() { return systemStudied; }
  public void setSystemStudied(String v) { systemStudied = v; }
  public String getObjectives() { return objectives; }
  public void setObjectives(String v) { objectives = v; }
  public String getScopeMethod() { return scopeMethod; }
  public void setScopeMethod(String v) { scopeMethod = v; }
  public LocalDate getStartDate() { return startDate; }
  public void setStartDate(LocalDate v) { startDate = v; }
  public LocalDate getEndDate() { return endDate; }
  public void setEndDate(LocalDate v) { endDate = v; }
  public String getTeam() { return team; }
  public void setTeam(String v) { team = v; }
  public String getFindings() { return findings; }
  public void setFindings(String v) { findings = v; }
  public String getProblems() { return problems; }
  public void setProblems(String v) { problems = v; }
  public String getRecommendations() { return recommendations; }
  public void setRecommendations(String v) { recommendations = v; }
  public String getReason() { return reason; }
  public void setReason(String v) { reason = v; }
}
