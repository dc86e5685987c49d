package th.obec.esa.ict.forms.loan;

import java.time.LocalDate;
import th.obec.esa.ict.forms.workflow.State;

/** A booking of an asset shown in its availability calendar. */
public record Booking(long submissionId, String numberText, State state, LocalDate from, LocalDate until) {}
