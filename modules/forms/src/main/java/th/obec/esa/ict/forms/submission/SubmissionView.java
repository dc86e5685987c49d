package th.obec.esa.ict.forms.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import th.obec.esa.ict.forms.action.ActionRequest;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.loan.LoanView;
import th.obec.esa.ict.forms.loan.ReminderView;
import th.obec.esa.ict.forms.repair.RepairView;
import th.obec.esa.ict.forms.use.UseLine;
import th.obec.esa.ict.forms.workflow.State;
import th.obec.esa.ict.forms.workflow.Transition;

/**
 * A submission with everything recorded about it. The form-specific parts are null (or empty)
 * for forms they do not belong to. {@code next} lists the transitions its state allows: who may
 * perform them is decided by the service. {@code process} is the work process it is filed under
 * (null for a form no process uses).
 */
public record SubmissionView(long id, FormCode form, String formName, State state, String numberText, String unitCode,
    String requesterUid, String requesterName, String requesterPosition, String contactSchool, String contactPhone,
    String createdBy, String subject, String addressedTo, String body, BigDecimal amount, String assigneeUid,
    String outcome, OffsetDateTime createdAt, LocalDate submittedOn, long version, Set<Transition> next,
    List<StepView> steps, List<AttachmentView> attachments, List<WorkLogView> workLog, RepairView repair,
    List<LoanView> loans, List<ReminderView> reminders, List<UseLine> useLines, ActionRequest action,
    Integer process) {

  /** A view filed under no process (documents and their tests need none). */
  public SubmissionView(long id, FormCode form, String formName, State state, String numberText, String unitCode,
      String requesterUid, String requesterName, String requesterPosition, String contactSchool, String contactPhone,
      String createdBy, String subject, String addressedTo, String body, BigDecimal amount, String assigneeUid,
      String outcome, OffsetDateTime createdAt, LocalDate submittedOn, long version, Set<Transition> next,
      List<StepView> steps, List<AttachmentView> attachments, List<WorkLogView> workLog, RepairView repair,
      List<LoanView> loans, List<ReminderView> reminders, List<UseLine> useLines, ActionRequest action) {
    this(id, form, formName, state, numberText, unitCode, requesterUid, requesterName, requesterPosition, contactSchool,
        contactPhone, createdBy, subject, addressedTo, body, amount, assigneeUid, outcome, createdAt, submittedOn,
        version, next, steps, attachments, workLog, repair, loans, reminders, useLines, action, null);
  }

  /** Whether its state allows the transition named, for pages: {@code #{s.allows('ASSIGN')}}. */
  public boolean allows(String transition) {
    return next.stream().anyMatch(t -> t.name().equals(transition));
  }
}
