package th.obec.esa.ict.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The modules' test clock: real time shifted by an offset a test moves, read at every call, so a
 * service holding the clock sees each move at once. A module's test double produces it in place of
 * the module's clock (a CDI alternative); add this class to the test deployment.
 */
public final class ShiftedClock extends Clock {

  private final ZoneId zone;
  private volatile Duration offset = Duration.ZERO;

  public ShiftedClock(ZoneId zone) {
    this.zone = zone;
  }

  /** Moves the clock by whole days (may be negative). */
  public void plusDays(long days) {
    offset = offset.plusDays(days);
  }

  /** Sets the clock to read {@code t} now, and to run on from there. */
  public void moveTo(OffsetDateTime t) {
    offset = Duration.between(Instant.now(), t.toInstant());
  }

  /** Back to real time. */
  public void reset() {
    offset = Duration.ZERO;
  }

  public OffsetDateTime now() {
    return OffsetDateTime.now(this);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return Clock.offset(Clock.system(other), offset);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }
}
