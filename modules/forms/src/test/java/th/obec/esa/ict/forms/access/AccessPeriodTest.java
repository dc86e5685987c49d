package th.obec.esa.ict.forms.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.platform.BusinessException;

class AccessPeriodTest {

  private static final LocalDate FIRST = LocalDate.of(2026, 11, 2);

  @Test
  void sevenDaysHoldOnTheSeventhAndAreGoneOnTheEighth() {
    AccessPeriod p = AccessPeriod.ofDays(FIRST, 7);
    assertEquals(7, p.days());
    assertFalse(p.covers(FIRST.minusDays(1)));
    for (int d = 0; d < 7; d++) {
      assertTrue(p.covers(FIRST.plusDays(d)), "day " + (d + 1));
    }
    assertFalse(p.covers(FIRST.plusDays(7)));
    assertTrue(p.isOverOn(FIRST.plusDays(7)));
    assertFalse(p.isOverOn(FIRST.plusDays(6)));
  }

  @Test
  void aGrantIsActiveOnlyWhenGrantedNotEndedAndWithinItsDays() {
    AccessGrant g = new AccessGrant(1L, InformationSystem.DMC, "ผู้บันทึก", "somsri", "นางสมศรี", "ICT",
        AccessPeriod.ofDays(FIRST, 7));
    assertFalse(g.isActiveOn(FIRST), "not before approval");
    g.grant(OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.ofHours(7)), "nanphat");
    assertTrue(g.isActiveOn(FIRST));
    assertTrue(g.isActiveOn(FIRST.plusDays(6)));
    assertFalse(g.isActiveOn(FIRST.plusDays(7)));
    g.end(OffsetDateTime.of(2026, 11, 4, 9, 0, 0, 0, ZoneOffset.ofHours(7)), "somchai", EndReason.REMOVED_IN_REVIEW);
    assertFalse(g.isActiveOn(FIRST.plusDays(3)), "removed in review");
  }

  @Test
  void refusesPeriodsReversedPastOrTooLong() {
    LocalDate today = FIRST;
    assertEquals("forms.access.periodReversed", assertThrows(BusinessException.class,
        () -> new AccessPeriod(today.plusDays(3), today).validated(today)).key());
    assertEquals("forms.access.periodPast", assertThrows(BusinessException.class,
        () -> new AccessPeriod(today.minusDays(9), today.minusDays(1)).validated(today)).key());
    assertEquals("forms.access.periodTooLong", assertThrows(BusinessException.class,
        () -> AccessPeriod.ofDays(today, AccessPeriod.MAX_DAYS + 1).validated(today)).key());
    assertEquals("forms.access.periodRequired", assertThrows(BusinessException.class,
        () -> new AccessPeriod(null, today).validated(today)).key());
    assertEquals(AccessPeriod.MAX_DAYS, AccessPeriod.ofDays(today, AccessPeriod.MAX_DAYS).validated(today).days());
  }
}
