package th.obec.esa.ict.web.forms;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import th.obec.esa.ict.forms.document.MemoService;
import th.obec.esa.ict.forms.submission.SubmissionService;
import th.obec.esa.ict.forms.submission.SubmissionView;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/** /forms/view.xhtml?id=: one request, its chain, the requester's correction and withdrawal, the memo. */
@Named
@ViewScoped
public class ViewBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private SubmissionService forms;

  @Inject
  private MemoService memos;

  @Inject
  private CurrentUser currentUser;

  private long id;
  private SubmissionView submission;
  private String assignee;
  private String note;
  private String parts;
  private java.math.BigDecimal partsCost;
  private String outcome;
  private boolean intact = true;
  private boolean beyondRepair;
  /** The requester's correction of a request sent back: subject, text, amount. */
  private String reviseSubject;
  private String reviseBody;
  private java.math.BigDecimal reviseAmount;

  public void load() {
    try {
      submission = forms.get(id, currentUser.actor());
      reviseSubject = submission.subject();
      reviseBody = submission.body();
      reviseAmount = submission.amount();
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** Why it was sent back: the comment of the last step that sent it back, while it waits for correction. */
  public String getCorrectionNote() {
    if (submission == null || submission.state() != th.obec.esa.ict.forms.workflow.State.CORRECTION) {
      return null;
    }
    for (int i = submission.steps().size() - 1; i >= 0; i--) {
      if (submission.steps().get(i).action() == th.obec.esa.ict.forms.workflow.Transition.SEND_BACK) {
        return submission.steps().get(i).comment();
      }
    }
    return null;
  }

  /** The requester's correction, then submitted again under its own number; a refusal is said next to its field. */
  public void resubmit() {
    try {
      forms.revise(id, reviseSubject, reviseBody, reviseAmount, currentUser.actor());
      submission = forms.submit(id, currentUser.actor());
      Messages.info("forms.view.resubmitted");
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void withdraw() {
    try {
      submission = forms.withdraw(id, null, currentUser.actor());
      Messages.info("forms.view.withdrawn");
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** The ICT unit's steps of carrying the job out: assign, log work, complete, return. */
  public void assign() {
    run(() -> forms.assign(id, assignee == null || assignee.isBlank() ? currentUser.getUid() : assignee.trim(), note,
        currentUser.actor()), "forms.view.assigned");
  }

  public void logWork() {
    run(() -> forms.logWork(id, note, parts, partsCost, currentUser.actor()), "forms.view.workLogged");
  }

  public void complete() {
    run(() -> forms.complete(id, outcome, new th.obec.esa.ict.forms.loan.ConditionCheck(intact, note),
        currentUser.actor()), "forms.view.completed");
  }

  public void giveBack() {
    run(() -> forms.returnToRequester(id, note, beyondRepair, currentUser.actor()), "forms.view.returned");
  }

  /** A photo or a document attached to the request (symptoms of a repair, a quotation). */
  public void upload(org.primefaces.event.FileUploadEvent event) {
    org.primefaces.model.file.UploadedFile f = event.getFile();
    run(() -> {
      forms.attach(id, f.getFileName(), f.getContentType(), f.getContent(), currentUser.actor());
      return forms.get(id, currentUser.actor());
    }, "forms.view.attached");
  }

  private void run(java.util.function.Supplier<SubmissionView> step, String doneKey) {
    try {
      submission = step.get();
      note = null;
      Messages.info(doneKey);
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public StreamedContent getPdf() {
    byte[] pdf = memos.pdf(id, null, currentUser.actor());
    return DefaultStreamedContent.builder().name(MemoService.fileName(submission)).contentType("application/pdf")
        .stream(() -> new ByteArrayInputStream(pdf)).build();
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public SubmissionView getSubmission() {
    return submission;
  }

  public String getReviseSubject() { return reviseSubject; }
  public void setReviseSubject(String v) { this.reviseSubject = v; }
  public String getReviseBody() { return reviseBody; }
  public void setReviseBody(String v) { this.reviseBody = v; }
  public java.math.BigDecimal getReviseAmount() { return reviseAmount; }
  public void setReviseAmount(java.math.BigDecimal v) { this.reviseAmount = v; }
  public String getAssignee() { return assignee; }
  public void setAssignee(String assignee) { this.assignee = assignee; }
  public String getNote() { return note; }
  public void setNote(String note) { this.note = note; }
  public String getParts() { return parts; }
  public void setParts(String parts) { this.parts = parts; }
  public java.math.BigDecimal getPartsCost() { return partsCost; }
  public void setPartsCost(java.math.BigDecimal partsCost) { this.partsCost = partsCost; }
  public String getOutcome() { return outcome; }
  public void setOutcome(String outcome) { this.outcome = outcome; }
  public boolean isIntact() { return intact; }
  public void setIntact(boolean intact) { this.intact = intact; }
  public boolean isBeyondRepair() { return beyondRepair; }
  public void setBeyondRepair(boolean beyondRepair) { this.beyondRepair = beyondRepair; }
}
