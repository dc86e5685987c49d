package th.obec.esa.ict.records.api;

import java.time.LocalDate;
import java.util.List;

/** F01 rounds whose returns the ICT group must chase: for reminders (the notifications). Read-only, no Actor. */
public interface ReturnReminders {

  /**
   * The rounds due exactly {@code daysAhead} days after {@code today}, and those past their due
   * date, that still have returns not sent; the most overdue first.
   */
  List<DueRound> dueSoonOrOverdue(LocalDate today, int daysAhead);
}
