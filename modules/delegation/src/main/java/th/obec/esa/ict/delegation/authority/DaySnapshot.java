package th.obec.esa.ict.delegation.authority;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import th.obec.esa.ict.delegation.api.OrganizationPort;
import th.obec.esa.ict.delegation.rules.Facts;
import th.obec.esa.ict.delegation.rules.Grant;
import th.obec.esa.ict.delegation.rules.PowerDef;

/**
 * The authority check's facts of one office day, as of one version of them: every absence that
 * overlaps the day (with its times), the powers, and every delegation that may matter on some
 * moment of the day. {@link #at} cuts the facts of one moment out of it exactly as loading them for
 * that moment would: the absences covering it, the delegations not ended more than a year before it.
 * Immutable; shared by every request of that day until the version changes.
 */
record DaySnapshot(LocalDate day, long version, List<Away> absences, Map<String, PowerDef> powers, List<Grant> grants) {

  /** One absence: who, which kind, [from, until), and whether someone else recorded it. */
  record Away(String uid, String kind, OffsetDateTime from, OffsetDateTime until, boolean byAnother) {

    boolean covers(OffsetDateTime t) {
      return !from.isAfter(t) && until.isAfter(t);
    }
  }

  DaySnapshot {
    absences = List.copyOf(absences);
    powers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(powers));
    grants = List.copyOf(grants);
  }

  /** The first moment of the office day, and the first of the next: the window a snapshot covers. */
  static OffsetDateTime start(LocalDate day, ZoneId zone) {
    return day.atStartOfDay(zone).toOffsetDateTime();
  }

  static OffsetDateTime end(LocalDate day, ZoneId zone) {
    return day.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
  }

  /**
   * The facts of moment {@code t} of this day. Absences are in the order they were loaded (by
   * start, then id), the first covering one per person counts, as when loaded for the moment.
   */
  Facts at(OffsetDateTime t, ZoneId zone, OrganizationPort org) {
    Map<String, String> away = new HashMap<>();
    Set<String> byOthers = new HashSet<>();
    for (Away a : absences) {
      if (a.covers(t)) {
        away.putIfAbsent(a.uid(), a.kind());
        if (a.byAnother()) {
          byOthers.add(a.uid());
        }
      }
    }
    OffsetDateTime since = t.minusYears(1);
    Map<Long, Grant> relevant = new LinkedHashMap<>();
    for (Grant g : grants) {
      if (g.until().isAfter(since)) {
        relevant.put(g.id(), g);
      }
    }
    return new Facts(t, zone, new RememberingOrganization(org), away, powers, relevant, byOthers);
  }
}
