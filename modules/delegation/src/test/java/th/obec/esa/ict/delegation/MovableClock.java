package th.obec.esa.ict.delegation;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.OffsetDateTime;
import th.obec.esa.ict.delegation.authority.DelegationTime;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.testing.ShiftedClock;

/**
 * The module's clock in the integration tests: real time shifted by an offset the tests set, so
 * each test lives on a day of its own and can step over an expiry to the second.
 */
@Alternative
@Priority(100)
@ApplicationScoped
public class MovableClock {

  private final ShiftedClock clock = new ShiftedClock(OfficeTime.ZONE);

  public void moveTo(OffsetDateTime t) {
    clock.moveTo(t);
  }

  public OffsetDateTime now() {
    return clock.now();
  }

  @Produces
  @Alternative
  @DelegationTime
  public Clock clock() {
    return clock;
  }
}
