package th.obec.esa.ict.forms.access;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import th.obec.esa.ict.platform.BusinessException;

/**
 * The days access is asked for: first and last day, both included, in the office's calendar. A
 * grant for 7 days from the 1st holds on the 7th and is gone on the 8th.
 */
public record AccessPeriod(LocalDate from, LocalDate until) {

  /** The longest period one request may ask for; longer use needs a new request and review. */
  public static final int MAX_DAYS = 366;

  public static AccessPeriod ofDays(LocalDate from, int days) {
    return new AccessPeriod(from, from.plusDays(days - 1L));
  }

  /** Checks the period as asked on {@code today}: not in the past, in order, not too long. */
  public AccessPeriod validated(LocalDate today) {
    if (from == null || until == null) {
      throw new BusinessException(BusinessException.field("from"), "forms.access.periodRequired");
    }
    if (until.isBefore(from)) {
      throw new BusinessException(BusinessException.field("until"), "forms.access.periodReversed");
    }
    if (until.isBefore(today)) {
      throw new BusinessException(BusinessException.field("until"), "forms.access.periodPast");
    }
    if (days() > MAX_DAYS) {
      throw new BusinessException(BusinessException.field("until"), "forms.access.periodTooLong", MAX_DAYS);
    }
    return this;
  }

  public long days() {
    return ChronoUnit.DAYS.between(from, until) + 1;
  }

  /** Whether the day lies within the period. */
  public boolean covers(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(until);
  }

  /** Whether the period is over on the day (its last day is behind). */
  public boolean isOverOn(LocalDate day) {
    return day.isAfter(until);
  }
}
