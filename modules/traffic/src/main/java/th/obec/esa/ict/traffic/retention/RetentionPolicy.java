package th.obec.esa.ict.traffic.retention;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * When a line may go. Sec. 26 of the Computer Crime Act requires at least 90 days from entry, so a
 * configured period below that is raised to 90 (a setting must not be able to break the law);
 * a line covered by an extension order still in force stays whatever its age.
 */
public final class RetentionPolicy {

  /** The legal minimum, in days. */
  public static final int MINIMUM_DAYS = 90;

  private final int days;

  public RetentionPolicy(int configuredDays) {
    this.days = Math.max(MINIMUM_DAYS, configuredDays);
  }

  public int days() {
    return days;
  }

  /** Lines that occurred before this instant are past the retention period. */
  public OffsetDateTime cutoff(OffsetDateTime now) {
    return now.minusDays(days);
  }

  public boolean isPurgeable(OffsetDateTime at, OffsetDateTime now, List<ExtensionWindow> extensions) {
    if (!at.isBefore(cutoff(now))) {
      return false;
    }
    for (ExtensionWindow e : extensions) {
      if (e.isActiveOn(now.toLocalDate()) && e.covers(at)) {
        return false;
      }
    }
    return true;
  }
}
