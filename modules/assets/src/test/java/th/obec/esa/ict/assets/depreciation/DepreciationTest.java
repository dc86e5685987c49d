package th.obec.esa.ict.assets.depreciation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DepreciationTest {

  private static final BigDecimal COST = new BigDecimal("19000.00");
  private static final BigDecimal SALVAGE = new BigDecimal("1.00");
  private static final LocalDate BOUGHT = LocalDate.of(2023, 1, 1);

  private static BigDecimal book(LocalDate asOf) {
    return Depreciation.bookValue(COST, SALVAGE, 5, BOUGHT, asOf);
  }

  @Test
  void onTheDayOfPurchaseTheBookValueIsTheCost() {
    assertEquals(new BigDecimal("19000.00"), book(BOUGHT));
    assertEquals(new BigDecimal("19000.00"), book(BOUGHT.minusDays(10)));
  }

  @Test
  void afterOneFullYearOneFifthOfTheDepreciableAmountIsGone() {
    // 2023-01-01 .. 2028-01-01 is 1826 days; one year (365 days) wears 18999 * 365 / 1826 = 3797.72
    assertEquals(new BigDecimal("15202.28"), book(LocalDate.of(2024, 1, 1)));
  }

  @Test
  void halfWayTheValueIsHalfTheDepreciableAmountAboveSalvage() {
    LocalDate end = BOUGHT.plusYears(5);
    LocalDate middle = BOUGHT.plusDays(913);
    assertEquals(1826, java.time.temporal.ChronoUnit.DAYS.between(BOUGHT, end));
    assertEquals(new BigDecimal("9500.50"), book(middle));
  }

  @Test
  void atTheEndOfItsLifeAndAfterItIsWorthItsSalvageValue() {
    assertEquals(new BigDecimal("1.00"), book(BOUGHT.plusYears(5)));
    assertEquals(new BigDecimal("1.00"), book(BOUGHT.plusYears(12)));
  }

  @Test
  void theAnnualChargeIsTheDepreciableAmountOverTheLife() {
    assertEquals(new BigDecimal("3799.80"), Depreciation.annualCharge(COST, SALVAGE, 5));
  }

  @Test
  void nonsenseIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Depreciation.bookValue(COST, SALVAGE, 0, BOUGHT, BOUGHT));
    assertThrows(IllegalArgumentException.class, () -> Depreciation.bookValue(COST, COST.add(BigDecimal.ONE), 5, BOUGHT, BOUGHT));
    assertThrows(IllegalArgumentException.class, () -> Depreciation.bookValue(new BigDecimal("-1"), BigDecimal.ZERO, 5, BOUGHT, BOUGHT));
  }

  @Test
  void aPolicyNeverDepreciatesBelowACheapAssetsPrice() {
    DepreciationPolicy policy = new DepreciationPolicy("คอมพิวเตอร์", 3, new BigDecimal("500.00"));
    assertEquals(new BigDecimal("300.00"), policy.bookValue(new BigDecimal("300"), BOUGHT, BOUGHT.plusYears(4)));
    assertThrows(PolicyInvalidException.class, () -> new DepreciationPolicy("x", 0, BigDecimal.ONE));
    assertThrows(PolicyInvalidException.class, () -> new DepreciationPolicy("x", 3, new BigDecimal("-1")));
  }
}
