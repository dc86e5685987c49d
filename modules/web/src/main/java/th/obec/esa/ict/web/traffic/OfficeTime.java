package th.obec.esa.ict.web.traffic;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Turns the dates auditors type (whole days, Buddhist era on screen) into the instants the record
 * is searched by: a day runs from its midnight in Thailand to the next midnight, so "to" is inclusive
 * of its whole day.
 */
final class OfficeTime {

  static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

  private OfficeTime() {}

  static OffsetDateTime startOf(LocalDate day) {
    return day == null ? null : day.atStartOfDay(ZONE).toOffsetDateTime();
  }

  static OffsetDateTime endOf(LocalDate day) {
    return day == null ? null : day.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime();
  }
}
