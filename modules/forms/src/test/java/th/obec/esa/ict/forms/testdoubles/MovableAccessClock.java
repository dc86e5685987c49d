package th.obec.esa.ict.forms.testdoubles;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import th.obec.esa.ict.forms.access.AccessTime;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.testing.ShiftedClock;

/** The access clock of the integration tests: real time shifted by whole days a test adds. */
@Alternative
@Priority(100)
@ApplicationScoped
public class MovableAccessClock {

  private final ShiftedClock clock = new ShiftedClock(OfficeTime.ZONE);

  public void plusDays(long days) {
    clock.plusDays(days);
  }

  public void reset() {
    clock.reset();
  }

  @Produces
  @Alternative
  @AccessTime
  public Clock clock() {
    return clock;
  }
}
