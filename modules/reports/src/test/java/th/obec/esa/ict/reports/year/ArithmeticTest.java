package th.obec.esa.ict.reports.year;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.platform.rating.Band;

/** Shares, weighted means, bands and number formats. */
class ArithmeticTest {

  @Test
  void percentagesHaveTwoDecimalsRoundedHalfUp() {
    assertEquals(new BigDecimal("90.48"), Percent.of(38, 42));
    assertEquals(new BigDecimal("33.33"), Percent.of(1, 3));
    assertEquals(new BigDecimal("66.67"), Percent.of(2, 3));
    assertEquals(new BigDecimal("0.13"), Percent.of(1, 800), "0.125 rounds up");
    assertEquals(new BigDecimal("100.00"), Percent.of(7, 7));
    assertEquals(new BigDecimal("0.00"), Percent.of(0, 7));
  }

  @Test
  void aShareOfNothingIsNoFigureNotZero() {
    assertNull(Percent.of(0, 0));
    assertNull(Percent.of(3, 0));
  }

  @Test
  void weightedMeansLeaveOutLinesWithoutMeanOrWeight() {
    BigDecimal m = Percent.weightedMean(Arrays.asList(new BigDecimal("4.00"), new BigDecimal("2.00"), null,
        new BigDecimal("1.00")), List.of(3, 1, 50, 0));
    assertEquals(new BigDecimal("3.50"), m);
    assertNull(Percent.weightedMean(Arrays.asList((BigDecimal) null), List.of(5)));
    assertNull(Percent.weightedMean(List.of(new BigDecimal("4")), List.of(0)));
  }

  @Test
  void bandsFollowTheUsualThaiIntervalsAtTwoDecimals() {
    assertEquals(Band.HIGHEST, Band.of(new BigDecimal("5.00")));
    assertEquals(Band.HIGHEST, Band.of(new BigDecimal("4.51")));
    assertEquals(Band.HIGHEST, Band.of(new BigDecimal("4.505")), "printed as 4.51");
    assertEquals(Band.HIGH, Band.of(new BigDecimal("4.50")));
    assertEquals(Band.HIGH, Band.of(new BigDecimal("3.51")));
    assertEquals(Band.MODERATE, Band.of(new BigDecimal("3.50")));
    assertEquals(Band.MODERATE, Band.of(new BigDecimal("2.51")));
    assertEquals(Band.LOW, Band.of(new BigDecimal("2.50")));
    assertEquals(Band.LOWEST, Band.of(new BigDecimal("1.50")));
    assertEquals(Band.LOWEST, Band.of(new BigDecimal("1.00")));
    assertNull(Band.of(null));
    assertEquals("มาก", Band.HIGH.thai());
  }

  @Test
  void numbersAreGroupedAndRounded() {
    assertEquals("1,234", Numbers.count(1234));
    assertEquals("12,450.50", Numbers.baht(new BigDecimal("12450.5")));
    assertEquals("0.00", Numbers.baht(null));
    assertEquals("2.7", Numbers.days(new BigDecimal("2.73")));
    assertEquals("2.8", Numbers.days(new BigDecimal("2.75")));
    assertEquals("-", Numbers.days(null));
    assertEquals("-", Numbers.decimal(null));
  }
}
