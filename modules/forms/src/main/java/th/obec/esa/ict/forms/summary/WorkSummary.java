package th.obec.esa.ict.forms.summary;

import java.time.LocalDate;
import java.util.List;

/**
 * The F10 summary of work for a period (first and last day included): accounts issued, access
 * granted and ended, and per form the requests received and handled with their times.
 */
public record WorkSummary(String periodLabel, LocalDate from, LocalDate until, long accountsIssued, long accessGranted,
    long accessEnded, List<FormLine> forms, int totalReceived, int totalCompleted) {}
