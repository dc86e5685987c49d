package th.obec.esa.ict.web.api.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import th.obec.esa.ict.forms.action.ActionKind;
import th.obec.esa.ict.forms.action.ActionRequest;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.loan.LoanRequest;
import th.obec.esa.ict.forms.repair.RepairRequest;
import th.obec.esa.ict.forms.submission.FormDetail;
import th.obec.esa.ict.forms.api.NewSubmission;
import th.obec.esa.ict.forms.api.SchoolContact;
import th.obec.esa.ict.forms.use.UseLine;
import th.obec.esa.ict.forms.use.UseRequest;

/** The JSON bodies of the forms API. */
public final class FormRequests {

  private FormRequests() {}

  /**
   * A new submission: the common fields, and those of its form (F02 useLines; F03 assetId or
   * describedItem, location, symptoms; F04 assetIds, from, until; F05 actionKind, location,
   * wantedBy). {@code submit} false keeps it a draft. F02 and F04 compute their {@code amount} from
   * their lines (F02 quantity × {@code unitPrice}; F04 the register's price of each asset): leave it
   * out; a typed amount that disagrees with the lines is refused with 422
   * {@code forms.amount.disagreesWithLines} rather than silently replaced.
   */
  public record Create(FormCode form, String subject, String body, String addressedTo, BigDecimal amount,
      String requesterUid, String contactName, String contactSchool, String contactPhone, Boolean submit,
      List<UseLine> useLines, Long assetId, String describedItem, String location, String symptoms,
      List<Long> assetIds, LocalDate from, LocalDate until, ActionKind actionKind, LocalDate wantedBy,
      Integer process) {

    NewSubmission common() {
      SchoolContact contact = contactSchool == null && contactName == null ? null
          : new SchoolContact(contactName, contactSchool, contactPhone);
      // process: the work process it is filed under, one of the form's; left out, the form's default
      return new NewSubmission(form, subject, body, addressedTo, amount, requesterUid, contact, process);
    }

    FormDetail detail() {
      if (form == null) {
        return null;
      }
      return switch (form) {
        case F02 -> new UseRequest(useLines);
        case F03 -> new RepairRequest(assetId, describedItem, location, symptoms);
        case F04 -> new LoanRequest(assetIds, from, until);
        case F05 -> new ActionRequest(actionKind, location, wantedBy);
        default -> null;
      };
    }
  }

  /** A comment, a reason, or (for approve) whom the caller acts for. */
  public record Decision(String comment, String actingFor) {}

  /** A request sent back, as the requester corrects it. */
  public record Revision(String subject, String body, BigDecimal amount) {}

    /** Whom to give the job to. */
  public record Assignment(String assignee, String comment) {}

  /** A work-log entry. */
  public record Work(String note, String parts, BigDecimal partsCost) {}

  /** The end of a job; for a loan, the condition of what came back. */
  public record Completion(String outcome, Boolean intact, String conditionNote) {}

  /** A job given back undone. */
  public record Giveback(String reason, boolean beyondRepair) {}
}
