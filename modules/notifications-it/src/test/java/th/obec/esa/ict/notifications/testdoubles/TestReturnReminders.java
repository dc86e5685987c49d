package th.obec.esa.ict.notifications.testdoubles;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.List;
import th.obec.esa.ict.records.api.DueRound;
import th.obec.esa.ict.records.api.ReturnReminders;

/** Records' {@link ReturnReminders}: no round due in the module test. */
@Stateless
@Local(ReturnReminders.class)
public class TestReturnReminders implements ReturnReminders {

  @Override
  public List<DueRound> dueSoonOrOverdue(LocalDate today, int daysAhead) {
    return List.of();
  }
}
