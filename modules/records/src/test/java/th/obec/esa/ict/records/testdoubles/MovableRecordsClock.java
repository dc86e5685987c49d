package th.obec.esa.ict.records.testdoubles;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.records.common.RecordsTime;
import th.obec.esa.ict.testing.ShiftedClock;

/** The records clock of the integration test: real time shifted by whole days a test adds. */
@Alternative
@Priority(100)
@ApplicationScoped
public class MovableRecordsClock {

  private final ShiftedClock clock = new ShiftedClock(OfficeTime.ZONE);

  public void plusDays(long days) {
    clock.plusDays(days);
  }

  public void reset() {
    clock.reset();
  }

  @Produces
  @Alternative
  @RecordsTime
  public Clock clock() {
    return clock;
  }
}
