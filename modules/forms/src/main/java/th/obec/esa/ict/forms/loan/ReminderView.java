package th.obec.esa.ict.forms.loan;

import java.time.LocalDate;

/** A recorded overdue reminder. */
public record ReminderView(long loanId, LocalDate remindedOn, int daysOverdue, String recipientUid) {}
