package th.obec.esa.ict.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FiscalYearTest {

  @Test
  void octoberStartsTheNextFiscalYear() {
    assertEquals(new FiscalYear(2569), FiscalYear.of(LocalDate.of(2025, 10, 1)));
    assertEquals(new FiscalYear(2568), FiscalYear.of(LocalDate.of(2025, 9, 30)));
    assertEquals(new FiscalYear(2570), FiscalYear.of(LocalDate.of(2026, 11, 25)));
  }

  @Test
  void boundsOfFiscalYear2569() {
    FiscalYear fy = new FiscalYear(2569);
    assertEquals(LocalDate.of(2025, 10, 1), fy.firstDay());
    assertEquals(LocalDate.of(2026, 9, 30), fy.lastDay());
    assertTrue(fy.contains(LocalDate.of(2026, 9, 30)));
    assertFalse(fy.contains(LocalDate.of(2026, 10, 1)));
    assertEquals(new FiscalYear(2570), fy.next());
  }

  @Test
  void refusesCommonEraNames() {
    assertThrows(IllegalArgumentException.class, () -> new FiscalYear(2026));
  }
}
