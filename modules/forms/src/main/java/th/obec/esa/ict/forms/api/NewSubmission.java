package th.obec.esa.ict.forms.api;

import java.math.BigDecimal;
import th.obec.esa.ict.forms.catalog.FormCode;

/**
 * The common part of a form being filed.
 *
 * @param requesterUid the staff member the request is by; null means the actor themselves,
 *     unless {@code contact} names a school contact
 * @param addressedTo whom the memo is addressed to (เรียน); null means the office's director
 * @param amount the sum the approval is about (estimated cost), or null
 * @param process the work process it is filed under, one of the form's; null for the form's default
 */
public record NewSubmission(FormCode form, String subject, String body, String addressedTo, BigDecimal amount,
    String requesterUid, SchoolContact contact, Integer process) {

  /** Filed under the form's default process. */
  public NewSubmission(FormCode form, String subject, String body, String addressedTo, BigDecimal amount,
      String requesterUid, SchoolContact contact) {
    this(form, subject, body, addressedTo, amount, requesterUid, contact, null);
  }

  /** Filed under the process named (null: the form's default). */
  public NewSubmission underProcess(Integer number) {
    return new NewSubmission(form, subject, body, addressedTo, amount, requesterUid, contact, number);
  }

  public static NewSubmission of(FormCode form, String subject, String body) {
    return new NewSubmission(form, subject, body, null, null, null, null);
  }

  public NewSubmission withAmount(BigDecimal value) {
    return new NewSubmission(form, subject, body, addressedTo, value, requesterUid, contact, process);
  }

  public NewSubmission forSchool(SchoolContact schoolContact) {
    return new NewSubmission(form, subject, body, addressedTo, amount, null, schoolContact, process);
  }
}
