package th.obec.esa.ict.web.api.organization;

import jakarta.ws.rs.BadRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The ?date= parameter of the organisation resources: an ISO date, today when absent, 400 when malformed. */
final class Days {

  private Days() {}

  static LocalDate of(String date) {
    if (date == null || date.isBlank()) {
      return LocalDate.now();
    }
    try {
      return LocalDate.parse(date.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException("date must be an ISO date such as 2018-10-16", e);
    }
  }
}
