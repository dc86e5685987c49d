package th.obec.esa.ict.web.forms;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import th.obec.esa.ict.forms.action.ActionKind;
import th.obec.esa.ict.forms.action.ActionRequest;
import th.obec.esa.ict.forms.api.FormProcesses;
import th.obec.esa.ict.forms.api.ProcessOption;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.loan.LoanRequest;
import th.obec.esa.ict.forms.repair.RepairRequest;
import th.obec.esa.ict.forms.submission.FormDetail;
import th.obec.esa.ict.forms.api.NewSubmission;
import th.obec.esa.ict.forms.submission.SubmissionService;
import th.obec.esa.ict.forms.submission.SubmissionView;
import th.obec.esa.ict.forms.use.UseLine;
import th.obec.esa.ict.forms.use.UseRequest;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/** /forms/new.xhtml?form=F03: files an F02–F05 request; one page, the fields of the chosen form. */
@Named
@ViewScoped
public class NewBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private SubmissionService forms;

  @Inject
  private CurrentUser currentUser;

  @Inject
  private FormProcesses formProcesses;

  /** The work process the request is filed under; the form's default until the requester picks another. */
  private Integer process;
  private List<ProcessOption> processes;

  private FormCode form = FormCode.F03;
  private String subject;
  private String body;
  private Long assetId;
  private String describedItem;
  private String location;
  private String symptoms;
  private LocalDate from;
  private LocalDate until;
  private ActionKind actionKind = ActionKind.INSTALL;
  private LocalDate wantedBy;
  private String itemDescription;
  private int quantity = 1;
  private String unitName;
  private java.math.BigDecimal amount;
  private java.math.BigDecimal unitPrice;

  public String file() {
    try {
      // a form with lines (F02, F04) never takes a typed amount: the service computes it from them
      NewSubmission common = new NewSubmission(form, subject, body, null, hasLines() ? null : amount, null, null, process);
      SubmissionView v = forms.file(common, detail(), currentUser.actor());
      Messages.info("forms.new.filed", v.numberText());
      return "/forms/view?faces-redirect=true&id=" + v.id();
    } catch (BusinessException e) {
      Messages.error(e);
      return null;
    }
  }

  private FormDetail detail() {
    return switch (form) {
      case F02 -> new UseRequest(itemDescription == null ? List.of() : List.of(new UseLine(itemDescription, quantity, unitName, null, unitPrice)));
      case F03 -> new RepairRequest(assetId, describedItem, location, symptoms);
      case F04 -> new LoanRequest(assetId == null ? List.of() : List.of(assetId), from, until);
      case F05 -> new ActionRequest(actionKind, location, wantedBy);
      default -> null;
    };
  }

  /** F02 and F04 compute their amount from their lines; the page shows it read-only. */
  public boolean hasLines() {
    return form == FormCode.F02 || form == FormCode.F04;
  }

  /** The F02 line's value as the service will compute it (quantity × unit price); null without a price. */
  public java.math.BigDecimal getComputedAmount() {
    return form == FormCode.F02 ? th.obec.esa.ict.forms.submission.LineAmounts.lineValue(quantity, unitPrice) : null;
  }

  public java.math.BigDecimal getUnitPrice() { return unitPrice; }
  public void setUnitPrice(java.math.BigDecimal unitPrice) { this.unitPrice = unitPrice; }

  public List<FormCode> getForms() {
    return List.of(FormCode.F02, FormCode.F03, FormCode.F04, FormCode.F05);
  }

  public ActionKind[] getActionKinds() {
    return ActionKind.values();
  }

  /** The chosen form's processes; the choice starts at its default and goes back to it when the form changes. */
  public List<ProcessOption> getProcesses() {
    if (processes == null) {
      processes = formProcesses.processesOf(String.valueOf(form));
      process = processes.stream().filter(ProcessOption::byDefault).findFirst()
          .or(() -> processes.stream().findFirst()).map(ProcessOption::number).orElse(null);
    }
    return processes;
  }

  public Integer getProcess() {
    getProcesses();
    return process;
  }

  public void setProcess(Integer process) { this.process = process; }

  public FormCode getForm() { return form; }

  public void setForm(FormCode form) {
    if (form != this.form) {
      processes = null;
    }
    this.form = form;
  }
  public String getSubject() { return subject; }
  public void setSubject(String subject) { this.subject = subject; }
  public String getBody() { return body; }
  public void setBody(String body) { this.body = body; }
  public Long getAssetId() { return assetId; }
  public void setAssetId(Long assetId) { this.assetId = assetId; }
  public String getDescribedItem() { return describedItem; }
  public void setDescribedItem(String describedItem) { this.describedItem = describedItem; }
  public String getLocation() { return location; }
  public void setLocation(String location) { this.location = location; }
  public String getSymptoms() { return symptoms; }
  public void setSymptoms(String symptoms) { this.symptoms = symptoms; }
  public LocalDate getFrom() { return from; }
  public void setFrom(LocalDate from) { this.from = from; }
  public LocalDate getUntil() { return until; }
  public void setUntil(LocalDate until) { this.until = until; }
  public ActionKind getActionKind() { return actionKind; }
  public void setActionKind(ActionKind actionKind) { this.actionKind = actionKind; }
  public LocalDate getWantedBy() { return wantedBy; }
  public void setWantedBy(LocalDate wantedBy) { this.wantedBy = wantedBy; }
  public String getItemDescription() { return itemDescription; }
  public void setItemDescription(String itemDescription) { this.itemDescription = itemDescription; }
  public int getQuantity() { return quantity; }
  public void setQuantity(int quantity) { this.quantity = quantity; }
  public java.math.BigDecimal getAmount() { return amount; }
  public void setAmount(java.math.BigDecimal amount) { this.amount = amount; }
  public String getUnitName() { return unitName; }
  public void setUnitName(String unitName) { this.unitName = unitName; }
}
