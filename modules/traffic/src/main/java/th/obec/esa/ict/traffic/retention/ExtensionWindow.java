package th.obec.esa.ict.traffic.retention;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The part of an extension order the purge needs: the records it covers (occurred in
 * [from, to)) and the last day they must be kept.
 */
public record ExtensionWindow(OffsetDateTime from, OffsetDateTime to, LocalDate keptUntil) {

  public boolean covers(OffsetDateTime at) {
    return !at.isBefore(from) && at.isBefore(to);
  }

  public boolean isActiveOn(LocalDate day) {
    return !keptUntil.isBefore(day);
  }
}
