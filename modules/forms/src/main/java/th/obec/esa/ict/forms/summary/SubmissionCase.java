package th.obec.esa.ict.forms.summary;

import java.time.LocalDate;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.workflow.State;

/** A filed request as a work process lists it: its number, subject and state. */
public record SubmissionCase(long id, FormCode form, String number, String subject, State state,
    LocalDate submittedOn) {}
