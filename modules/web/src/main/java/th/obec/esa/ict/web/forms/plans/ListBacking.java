package th.obec.esa.ict.web.forms.plans;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import th.obec.esa.ict.forms.api.FormProcesses;
import th.obec.esa.ict.forms.api.PlanInput;
import th.obec.esa.ict.forms.api.PlanSheet;
import th.obec.esa.ict.forms.api.Plans;
import th.obec.esa.ict.forms.api.ProcessOption;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.time.FiscalYear;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/**
 * /forms/plans/list.xhtml: the work processes' yearly plans, and for an ICT officer the draft of a
 * new one (process, fiscal year, activities with dates, responsible person and budget), saved as a
 * draft or proposed at once; a refusal is said next to its field.
 */
@Named("planList")
@ViewScoped
public class ListBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private Plans plans;

  @Inject
  private FormProcesses formProcesses;

  @Inject
  private CurrentUser currentUser;

  private Integer process;
  private Integer fiscalYear = FiscalYear.of(LocalDate.now(OfficeTime.clock())).next().buddhistYear();
  private String subject;
  private String body;
  private final List<Row> rows = new ArrayList<>(List.of(new Row()));
  private List<PlanSheet> list;
  private List<ProcessOption> processes;

  /** An activity being typed. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private String title;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String responsibleUid;
    private BigDecimal budget;

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public String getResponsibleUid() { return responsibleUid; }
    public void setResponsibleUid(String responsibleUid) { this.responsibleUid = responsibleUid; }
    public BigDecimal getBudget() { return budget; }
    public void setBudget(BigDecimal budget) { this.budget = budget; }
  }

  public void addRow() {
    rows.add(new Row());
  }

  public void removeRow(Row row) {
    if (rows.size() > 1) {
      rows.remove(row);
    }
  }

  public String propose() {
    return file(false);
  }

  public String saveDraft() {
    return file(true);
  }

  private String file(boolean draft) {
    try {
      List<PlanInput.Activity> activities = rows.stream().map(r -> new PlanInput.Activity(r.title, r.startsOn,
          r.endsOn, r.responsibleUid, r.budget)).toList();
      PlanSheet sheet = plans.propose(new PlanInput(process, fiscalYear, subject, body, activities), draft,
          currentUser.actor());
      Messages.info(draft ? "forms.plan.saved" : "forms.plan.proposed", sheet.number() == null ? "-" : sheet.number());
      return "/forms/plans/view?faces-redirect=true&id=" + sheet.id();
    } catch (BusinessException e) {
      Messages.error(e);
      return null;
    }
  }

  public List<PlanSheet> getList() {
    if (list == null) {
      list = plans.plans(null, null, currentUser.actor());
    }
    return list;
  }

  public List<ProcessOption> getProcesses() {
    if (processes == null) {
      processes = formProcesses.processesOf("PLN");
    }
    return processes;
  }

  public List<Row> getRows() { return rows; }
  public Integer getProcess() { return process; }
  public void setProcess(Integer process) { this.process = process; }
  public Integer getFiscalYear() { return fiscalYear; }
  public void setFiscalYear(Integer fiscalYear) { this.fiscalYear = fiscalYear; }
  public String getSubject() { return subject; }
  public void setSubject(String subject) { this.subject = subject; }
  public String getBody() { return body; }
  public void setBody(String body) { this.body = body; }
}
