package th.obec.esa.ict.forms.testdoubles;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import th.obec.esa.ict.forms.access.AccessClock;
import th.obec.esa.ict.forms.access.AccessTime;

/**
 * The access clock of the integration tests: real time shifted by whole days a test adds, read at
 * every call, so the services see each move at once.
 */
@Alternative
@Priority(100)
@ApplicationScoped
public class MovableAccessClock {

  private volatile Duration offset = Duration.ZERO;

  public void plusDays(long days) {
    offset = offset.plusDays(days);
  }

  public void reset() {
    offset = Duration.ZERO;
  }

  @Produces
  @Alternative
  @AccessTime
  public Clock clock() {
    MovableAccessClock self = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return AccessClock.OFFICE_ZONE;
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
