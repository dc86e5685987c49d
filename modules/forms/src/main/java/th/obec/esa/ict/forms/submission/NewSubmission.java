package th.obec.esa.ict.forms.submission;

import java.math.BigDecimal;
import th.obec.esa.ict.forms.catalog.FormCode;

/**
 * The common part of a form being filed.
 *
 * @param requesterUid the staff member the request is by; null means the actor themselves,
 *     unless {@code contact} names a school contact
 * @param addressedTo whom the memo is addressed to (เรียน); null means the office's director
 * @param amount the sum the approval is about (estimated cost), or null
 */
public record NewSubmission(FormCode form, String subject, String body, String addressedTo, BigDecimal amount,
    String requesterUid, SchoolContact contact) {

  public static NewSubmission of(FormCode form, String subject, String body) {
    return new NewSubmission(form, subject, body, null, null, null, null);
  }

  public NewSubmission withAmount(BigDecimal value) {
    return new NewSubmission(form, subject, body, addressedTo, value, requesterUid, contact);
  }

  public NewSubmission forSchool(SchoolContact schoolContact) {
    return new NewSubmission(form, subject, body, addressedTo, amount, null, schoolContact);
  }
}
