package th.obec.esa.ict.delegation;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import th.obec.esa.ict.delegation.authority.DelegationTime;
import th.obec.esa.ict.delegation.authority.SystemClock;

/**
 * The module's clock in the integration tests: real time shifted by an offset the tests set, so
 * each test lives on a day of its own and can step over an expiry to the second. The clock it
 * produces reads the offset at every call, so services holding it see each move at once.
 */
@Alternative
@Priority(100)
@ApplicationScoped
public class MovableClock {

  private volatile Duration offset = Duration.ZERO;

  public void moveTo(OffsetDateTime t) {
    offset = Duration.between(Instant.now(), t.toInstant());
  }

  public OffsetDateTime now() {
    return OffsetDateTime.now(SystemClock.OFFICE_ZONE).plus(offset);
  }

  @Produces
  @Alternative
  @DelegationTime
  public Clock clock() {
    MovableClock self = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return SystemClock.OFFICE_ZONE;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), self.offset);
      }

      @Override
      public Instant instant() {
        return Instant.now().plus(self.offset);
      }
    };
  }
}
