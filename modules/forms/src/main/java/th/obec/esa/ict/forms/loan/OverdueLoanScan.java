package th.obec.esa.ict.forms.loan;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.time.LocalDate;

/**
 * Looks for overdue loans every morning. Not persistent: a missed run is simply done the next
 * morning, and each instance of a cluster may run it, since reminders are one per loan and day.
 */
@Singleton
public class OverdueLoanScan {

  @jakarta.inject.Inject
  private th.obec.esa.ict.core.api.JobRuns runs;

  @EJB
  private LoanService loans;

  @Schedule(hour = "7", minute = "30", persistent = false, info = "forms: overdue loans")
  void daily() {
    LocalDate today = LocalDate.now(th.obec.esa.ict.platform.time.OfficeTime.ZONE);
    if (!runs.claim("forms.overdue-loans", today)) {
      return;
    }
    loans.remindOverdue(today);
    runs.finished("forms.overdue-loans", today, "done");
  }
}
