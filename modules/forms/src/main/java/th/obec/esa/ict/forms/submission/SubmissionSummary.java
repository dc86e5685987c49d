package th.obec.esa.ict.forms.submission;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.workflow.State;

/** A line of a list of submissions. */
public record SubmissionSummary(long id, FormCode form, String formName, State state, String numberText, String subject,
    String requesterName, String contactSchool, String unitCode, OffsetDateTime createdAt, LocalDate submittedOn) {

  static SubmissionSummary of(Submission s) {
    return new SubmissionSummary(s.getId(), s.getForm(), s.getForm().thaiName(), s.getState(), s.getNumberText(),
        s.getSubject(), s.getRequesterName(), s.getContactSchool(), s.getUnitCode(), s.getCreatedAt(), s.getSubmittedOn());
  }
}
