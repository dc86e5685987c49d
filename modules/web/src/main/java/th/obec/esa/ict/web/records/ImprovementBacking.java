package th.obec.esa.ict.web.records;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.model.StreamedContent;
import th.obec.esa.ict.organization.api.StandIns;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.records.common.RecordState;
import th.obec.esa.ict.records.improvement.ImprovementInput;
import th.obec.esa.ict.records.improvement.ImprovementService;
import th.obec.esa.ict.records.improvement.ImprovementView;
import th.obec.esa.ict.records.improvement.Target;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/**
 * /records/improvement.xhtml?id= (F16): a new improvement when there is no id, else the record,
 * editable while recorded, with its indicators measured before and after as an editable table.
 * An ICT officer issues its F17 report, signed with their own name and position, and may reopen it.
 */
@Named
@ViewScoped
public class ImprovementBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private ImprovementService improvements;

  @Inject
  private StandIns staff;

  @Inject
  private CurrentUser currentUser;

  @Inject
  private th.obec.esa.ict.records.api.RecordPrints prints;

  private Long id;
  private ImprovementView view;
  private String title;
  private String workProcess;
  private List<Target> targets = new ArrayList<>();
  private String problemBefore;
  private String actionTaken;
  private LocalDate startDate;
  private LocalDate endDate;
  private String team;
  private List<IndicatorRow> indicators = new ArrayList<>(List.of(new IndicatorRow()));
  private String result;
  private String qualitativeOutcome;
  private String nextSteps;
  private String reason;

  /** f:viewAction: reads the improvement named in the address, or starts a blank one. */
  public void load() {
    if (id == null) {
      return;
    }
    try {
      show(improvements.get(id, currentUser.actor()));
    } catch (BusinessException e) {
      view = null;
      Messages.error(e);
    }
  }

  private void show(ImprovementView v) {
    view = v;
    id = v.id();
    title = v.title();
    workProcess = v.workProcess();
    targets = new ArrayList<>(v.targets());
    targets.sort(null);
    problemBefore = v.problemBefore();
    actionTaken = v.actionTaken();
    startDate = v.startDate();
    endDate = v.endDate();
    team = TextLines.join(v.team());
    indicators = IndicatorRow.rows(v.indicators());
    result = v.result();
    qualitativeOutcome = v.qualitativeOutcome();
    nextSteps = v.nextSteps();
  }

  private ImprovementInput input() {
    return new ImprovementInput(title, workProcess, targets.isEmpty() ? EnumSet.noneOf(Target.class)
        : EnumSet.copyOf(targets), problemBefore, actionTaken, startDate, endDate, TextLines.lines(team),
        IndicatorRow.inputs(indicators), result, qualitativeOutcome, nextSteps);
  }

  public void addIndicator() {
    indicators.add(new IndicatorRow());
  }

  public void removeIndicator(IndicatorRow row) {
    indicators.remove(row);
  }

  public String save() {
    try {
      if (view == null) {
        ImprovementView v = improvements.create(input(), currentUser.actor());
        Messages.info("records.page.improvement.created", v.number());
        RecordsPages.keepMessages();
        return "/records/improvement?faces-redirect=true&id=" + v.id();
      }
      show(improvements.update(id, input(), currentUser.actor()));
      Messages.info("records.page.saved", view.number());
    } catch (BusinessException e) {
      RecordsPages.error(e, "improvement");
    }
    return null;
  }

  /** Saves what is on the screen, then issues the F17 with it. */
  public void issue() {
    try {
      show(improvements.update(id, input(), currentUser.actor()));
      show(improvements.issueReport(id, Signer.of(currentUser, staff), currentUser.actor()));
      Messages.info("records.page.improvement.issued", view.number());
    } catch (BusinessException e) {
      RecordsPages.error(e, "improvement");
    }
  }

  public void reopen() {
    try {
      show(improvements.reopen(id, reason, currentUser.actor()));
      reason = null;
      Messages.info("records.page.reopened", view.number());
      PrimeFaces.current().executeScript("PF('reopenDlg').hide()");
    } catch (BusinessException e) {
      RecordsPages.error(e, "reopenForm");
    }
  }

  /** The F16 itself, as it stands, for the recorder to sign. */
  public StreamedContent getRecordPdf() {
    return RecordsPages.pdf(prints.improvementRecordPdf(id, currentUser.actor()), "F16-" + id + ".pdf");
  }

  public StreamedContent getPdf() {
    return RecordsPages.pdf(improvements.reportPdf(id, currentUser.actor()),
        "F17-" + view.number().replace('/', '-') + ".pdf");
  }

  public Target[] getAllTargets() {
    return Target.values();
  }

  public boolean isEditable() {
    return currentUser.isInRole(Roles.ICT_OFFICER) && (view == null || view.state() == RecordState.RECORDED);
  }

  public boolean isOfficer() {
    return currentUser.isInRole(Roles.ICT_OFFICER);
  }

  public Long getId() { return id; }
  public void setId(Long v) { id = v; }
  public ImprovementView getView() { return view; }
  public String getTitle() { return title; }
  public void setTitle(String v) { title = v; }
  public String getWorkProcess() { return workProcess; }
  public void setWorkProcess(String v) { workProcess = v; }
  /** As an array so the checkboxes convert their values to Target (a List's element type is erased). */
  public Target[] getTargets() { return targets.toArray(new Target[0]); }
  public void setTargets(Target[] v) { targets = v == null ? new ArrayList<>() : new ArrayList<>(List.of(v)); }
  public String getProblemBefore() { return problemBefore; }
  public void setProblemBefore(String v) { problemBefore = v; }
  public String getActionTaken() { return actionTaken; }
  public void setActionTaken(String v) { actionTaken = v; }
  public LocalDate getStartDate() { return startDate; }
  public void setStartDate(LocalDate v) { startDate = v; }
  public LocalDate getEndDate() { return endDate; }
  public void setEndDate(LocalDate v) { endDate = v; }
  public String getTeam() { return team; }
  public void setTeam(String v) { team = v; }
  public List<IndicatorRow> getIndicators() { return indicators; }
  public String getResult() { return result; }
  public void setResult(String v) { result = v; }
  public String getQualitativeOutcome() { return qualitativeOutcome; }
  public void setQualitativeOutcome(String v) { qualitativeOutcome = v; }
  public String getNextSteps() { return nextSteps; }
  public void setNextSteps(String v) { nextSteps = v; }
  public String getReason() { return reason; }
  public void setReason(String v) { reason = v; }
}
