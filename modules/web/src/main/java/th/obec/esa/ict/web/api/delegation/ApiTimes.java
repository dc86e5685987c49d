package th.obec.esa.ict.web.api.delegation;

import jakarta.ws.rs.BadRequestException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.web.shell.ThaiFormat;

/** Moments in query parameters: an ISO date-time with offset, or a date (then noon in the office's time zone). */
final class ApiTimes {

  private ApiTimes() {}

  static OffsetDateTime parse(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      if (value.length() <= 10) {
        LocalDate d = LocalDate.parse(value);
        return d.atTime(LocalTime.NOON).atZone(OfficeTime.ZONE).toOffsetDateTime();
      }
      return OffsetDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadRequestException(name + ": expected 2025-06-02 or 2025-06-02T09:00:00+07:00, not " + value);
    }
  }

  /** A date as the start of its day in the office's time zone (for the ends of a period). */
  static OffsetDateTime startOf(String value, String name) {
    if (value != null && value.length() == 10) {
      try {
        return LocalDate.parse(value).atStartOfDay(OfficeTime.ZONE).toOffsetDateTime();
      } catch (DateTimeParseException e) {
        throw new BadRequestException(name + ": expected 2025-06-02, not " + value);
      }
    }
    return parse(value, name);
  }
}
