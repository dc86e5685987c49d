package th.obec.esa.ict.traffic.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.traffic.chain.PurgeRange;

class RetentionTest {

  private static final OffsetDateTime NOW = OffsetDateTime.of(2025, 6, 30, 2, 30, 0, 0, ZoneOffset.ofHours(7));

  @Test
  void theRetentionPeriodIsNeverBelowNinetyDays() {
    assertEquals(90, new RetentionPolicy(30).days());
    assertEquals(90, new RetentionPolicy(0).days());
    assertEquals(90, new RetentionPolicy(90).days());
    assertEquals(365, new RetentionPolicy(365).days());
  }

  @Test
  void aLineIsKeptUntilItIsOlderThanTheRetentionPeriod() {
    RetentionPolicy p = new RetentionPolicy(90);
    assertFalse(p.isPurgeable(NOW.minusDays(89), NOW, List.of()));
    assertFalse(p.isPurgeable(NOW.minusDays(90), NOW, List.of()));
    assertTrue(p.isPurgeable(NOW.minusDays(90).minusSeconds(1), NOW, List.of()));
    assertTrue(p.isPurgeable(NOW.minusDays(400), NOW, List.of()));
  }

  @Test
  void anExtensionInForceKeepsTheLinesItCoversOnly() {
    RetentionPolicy p = new RetentionPolicy(90);
    ExtensionWindow order = new ExtensionWindow(NOW.minusDays(120), NOW.minusDays(110), LocalDate.of(2025, 12, 31));
    assertFalse(p.isPurgeable(NOW.minusDays(115), NOW, List.of(order)));
    assertFalse(p.isPurgeable(NOW.minusDays(120), NOW, List.of(order)));
    assertTrue(p.isPurgeable(NOW.minusDays(110), NOW, List.of(order)), "the end is exclusive");
    assertTrue(p.isPurgeable(NOW.minusDays(125), NOW, List.of(order)));
  }

  @Test
  void anExpiredExtensionNoLongerKeepsAnything() {
    RetentionPolicy p = new RetentionPolicy(90);
    ExtensionWindow lastDayToday = new ExtensionWindow(NOW.minusDays(120), NOW.minusDays(110), NOW.toLocalDate());
    ExtensionWindow endedYesterday = new ExtensionWindow(NOW.minusDays(120), NOW.minusDays(110),
        NOW.toLocalDate().minusDays(1));
    assertFalse(p.isPurgeable(NOW.minusDays(115), NOW, List.of(lastDayToday)));
    assertTrue(p.isPurgeable(NOW.minusDays(115), NOW, List.of(endedYesterday)));
  }

  @Test
  void thePurgeRemovesConsecutiveRunsAndStopsAtKeptRowsAndGaps() {
    RetentionPolicy p = new RetentionPolicy(90);
    ExtensionWindow order = new ExtensionWindow(NOW.minusDays(100), NOW.minusDays(99), LocalDate.of(2026, 1, 1));
    PurgePlan plan = new PurgePlan(p, NOW, List.of(order));
    plan.accept(1, NOW.minusDays(200), "h1");
    plan.accept(2, NOW.minusDays(200), "h2");
    plan.accept(3, NOW.minusDays(100).plusHours(1), "h3"); // under the order: kept
    plan.accept(4, NOW.minusDays(95), "h4");
    plan.accept(5, NOW.minusDays(95), "h5");
    // 6 is newer than the cutoff, so it is not fed
    plan.accept(7, NOW.minusDays(95), "h7");
    assertEquals(List.of(new PurgeRange(1, 2, "h2"), new PurgeRange(4, 5, "h5"), new PurgeRange(7, 7, "h7")),
        plan.runs());
    assertEquals(5, plan.rows());
  }

  @Test
  void withoutAnExtensionEverythingPastTheCutoffGoesInOneRun() {
    PurgePlan plan = new PurgePlan(new RetentionPolicy(90), NOW, List.of());
    for (int i = 1; i <= 5; i++) {
      plan.accept(i, NOW.minusDays(100), "h" + i);
    }
    assertEquals(List.of(new PurgeRange(1, 5, "h5")), plan.runs());
  }

  @Test
  void anExtensionOrderNeedsItsNumberWhoOrderedItARangeAndAFutureEnd() {
    LocalDate today = NOW.toLocalDate();
    NewExtension ok = new NewExtension("ศธ 04xxx/123", "พนักงานสอบสวน สภ.เมือง", NOW.minusDays(100),
        NOW.minusDays(95), today.plusDays(60), "คดีหมายเลข 1/2568");
    ok.check(today);
    assertEquals("orderNo", assertThrows(ExtensionInvalidException.class, () -> new NewExtension(" ", "x",
        NOW.minusDays(1), NOW, today, "r").check(today)).field());
    assertEquals("traffic.extension.rangeReversed", assertThrows(ExtensionInvalidException.class,
        () -> new NewExtension("1", "x", NOW, NOW.minusDays(1), today, "r").check(today)).key());
    assertEquals("traffic.extension.untilPast", assertThrows(ExtensionInvalidException.class,
        () -> new NewExtension("1", "x", NOW.minusDays(2), NOW, today.minusDays(1), "r").check(today)).key());
  }
}
