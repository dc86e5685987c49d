package th.obec.esa.ict.notifications.outbox;

import java.time.Duration;

/**
 * When a mail that could not be sent is tried again: one minute after the first failure, then
 * doubling, at most an hour apart, for as long as it takes (a mail is never dropped because the
 * server was away; only a server's refusal of the address ends it, see {@link Outbox#failed}).
 */
public final class Backoff {

  static final Duration FIRST = Duration.ofMinutes(1);
  static final Duration MOST = Duration.ofHours(1);

  private Backoff() {}

  /** The wait after the {@code attempts}-th failed attempt (1 for the first). */
  public static Duration after(int attempts) {
    if (attempts <= 1) {
      return FIRST;
    }
    int doublings = Math.min(attempts - 1, 20);
    Duration d = FIRST.multipliedBy(1L << doublings);
    return d.compareTo(MOST) > 0 ? MOST : d;
  }
}
