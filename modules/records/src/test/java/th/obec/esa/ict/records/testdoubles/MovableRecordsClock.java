package th.obec.esa.ict.records.testdoubles;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import th.obec.esa.ict.records.common.RecordsClock;
import th.obec.esa.ict.records.common.RecordsTime;

/**
 * The records clock of the integration test: real time shifted by whole days a test adds, read
 * at every call, so the services see each move at once.
 */
@Alternative
@Priority(100)
@ApplicationScoped
public class MovableRecordsClock {

  private volatile Duration offset = Duration.ZERO;

  public void plusDays(long days) {
    offset = offset.plusDays(days);
  }

  public void reset() {
    offset = Duration.ZERO;
  }

  @Produces
  @Alternative
  @RecordsTime
  public Clock clock() {
    MovableRecordsClock self = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return RecordsClock.OFFICE_ZONE;
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
