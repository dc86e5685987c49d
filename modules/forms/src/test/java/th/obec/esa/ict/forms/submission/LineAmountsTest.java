package th.obec.esa.ict.forms.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.platform.BusinessException;

/** Issue 15, ceilings always hold: an F02/F04 amount comes from its lines, never typed beside them. */
class LineAmountsTest {

  private static LineAmounts.Lines lines(String... values) {
    return new LineAmounts.Lines(Arrays.stream(values).map(v -> v == null ? null : new BigDecimal(v)).toList());
  }

  private static BusinessException refused(BigDecimal typed, LineAmounts.Lines l, boolean ceiling) {
    return assertThrows(BusinessException.class,
        () -> LineAmounts.resolve(typed, l, ceiling, "lines", "forms.use.unitPriceRequired", l.firstUnpriced()));
  }

  @Test
  void anF02LineIsQuantityTimesUnitPrice() {
    assertEquals(new BigDecimal("1700.00"), LineAmounts.lineValue(2, new BigDecimal("850.00")));
    assertNull(LineAmounts.lineValue(2, null));
  }

  @Test
  void theAmountIsTheLinesTotal() {
    assertEquals(new BigDecimal("1950.50"),
        LineAmounts.resolve(null, lines("1700.00", "250.50"), true, "lines", "forms.use.unitPriceRequired", 0));
  }

  @Test
  void aTypedAmountThatAgreesIsKeptOneThatDisagreesIsRefusedOnTheAmountField() {
    assertEquals(0, new BigDecimal("1950.5").compareTo(
        LineAmounts.resolve(new BigDecimal("1950.5"), lines("1700.00", "250.50"), true, "lines", "k.k", 0)));
    BusinessException e = refused(new BigDecimal("900"), lines("1700.00", "250.50"), false);
    assertEquals("forms.amount.disagreesWithLines", e.key());
    assertEquals("amount", e.field());
    assertEquals(new BigDecimal("1950.50"), e.args()[1]);
  }

  @Test
  void anUnpricedLineIsRefusedWhereACeilingMayApplyNamingTheLine() {
    BusinessException e = refused(null, lines("1700.00", null), true);
    assertEquals("forms.use.unitPriceRequired", e.key());
    assertEquals("lines", e.field());
    assertEquals(2, e.args()[0]);
  }

  @Test
  void withoutACeilingUnpricedLinesGiveNoAmountAndATypedOneIsRefused() {
    assertNull(LineAmounts.resolve(null, lines((String) null), false, "lines", "k.k", 1));
    assertEquals("forms.amount.fromLines", refused(new BigDecimal("500"), lines((String) null), false).key());
  }

  @Test
  void noLinesMeansNoTotal() {
    assertNull(new LineAmounts.Lines(List.of()).total());
  }
}
