package th.obec.esa.ict.delegation.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.delegation.InMemoryOrganization;
import th.obec.esa.ict.delegation.api.DelegateKind;
import th.obec.esa.ict.delegation.rules.Facts;
import th.obec.esa.ict.delegation.rules.Grant;

/** A day's snapshot gives each moment the facts that loading them for that moment gave. */
class DaySnapshotTest {

  private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
  private static final LocalDate DAY = LocalDate.of(2025, 3, 10);

  private static OffsetDateTime at(int hour, int minute) {
    return DAY.atTime(hour, minute).atZone(BANGKOK).toOffsetDateTime();
  }

  private static Grant grant(long id, OffsetDateTime until) {
    return new Grant(id, "director", DelegateKind.PERSON, "nanphat", Set.of("approve.f03"), BigDecimal.TEN, "ICT",
        until.minusMonths(6), until, "12/2568", null, false, null, null, null, true);
  }

  private final DaySnapshot day = new DaySnapshot(DAY, 7, List.of(
      // half-day leave in the morning, recorded by herself
      new DaySnapshot.Away("nanphat", "LEAVE", at(8, 0), at(12, 0), false),
      // official travel from the afternoon into the next days, recorded by the secretary
      new DaySnapshot.Away("director", "TRAVEL", at(13, 30), at(13, 30).plusDays(3), true),
      // a second, later absence of nanphat the same day: the first that covers a moment counts
      new DaySnapshot.Away("nanphat", "MEETING", at(11, 0), at(16, 0), false)),
      Map.of(), List.of(grant(1, at(9, 0).minusYears(1)), grant(2, at(15, 0).plusDays(10))));

  private final InMemoryOrganization org = InMemoryOrganization.order275();

  @Test
  void anAbsenceCountsFromItsFirstMomentUntilJustBeforeItsEnd() {
    assertEquals(Map.of("nanphat", "LEAVE"), day.at(at(8, 0), BANGKOK, org).absences());
    assertEquals(Map.of("nanphat", "LEAVE"), day.at(at(11, 59), BANGKOK, org).absences());
    assertEquals(Map.of("nanphat", "MEETING"), day.at(at(12, 0), BANGKOK, org).absences());
    assertEquals(Map.of(), day.at(at(7, 59), BANGKOK, org).absences());
    Facts afternoon = day.at(at(14, 0), BANGKOK, org);
    assertEquals(Map.of("nanphat", "MEETING", "director", "TRAVEL"), afternoon.absences());
    assertTrue(afternoon.awayByAnothersRecord("director"));
    assertFalse(afternoon.awayByAnothersRecord("nanphat"));
    assertFalse(day.at(at(13, 0), BANGKOK, org).awayByAnothersRecord("director"), "not yet away");
  }

  @Test
  void aDelegationEndedMoreThanAYearBeforeTheMomentIsLeftOut() {
    assertEquals(Set.of(1L, 2L), day.at(at(8, 59), BANGKOK, org).grants().keySet());
    assertEquals(Set.of(2L), day.at(at(9, 0), BANGKOK, org).grants().keySet());
  }

  @Test
  void theWindowIsTheOfficeDayInBangkok() {
    assertEquals(OffsetDateTime.parse("2025-03-09T17:00Z").toInstant(), DaySnapshot.start(DAY, BANGKOK).toInstant());
    assertEquals(OffsetDateTime.parse("2025-03-10T17:00Z").toInstant(), DaySnapshot.end(DAY, BANGKOK).toInstant());
    assertEquals(at(10, 0), day.at(at(10, 0), BANGKOK, org).at());
  }
}
