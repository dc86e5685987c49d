package th.obec.esa.ict.assets.depreciation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Straight-line depreciation counted by days: the cost less the salvage value wears off evenly
 * from the acquisition date until the same date {@code usefulLifeYears} later, after which the
 * book value stays at the salvage value. Counting days (not whole years) gives the part-year
 * values that a year-end report as of 30 September needs.
 */
public final class Depreciation {

  private Depreciation() {}

  /**
   * @return the book value on {@code asOf}, rounded to satang (half up); the cost itself before or
   *     on the acquisition date, never below the salvage value
   * @throws IllegalArgumentException for a negative cost, a salvage value above the cost or a
   *     useful life below one year
   */
  public static BigDecimal bookValue(BigDecimal cost, BigDecimal salvageValue, int usefulLifeYears, LocalDate acquiredOn,
      LocalDate asOf) {
    if (cost == null || cost.signum() < 0) {
      throw new IllegalArgumentException("cost must be zero or more");
    }
    if (salvageValue == null || salvageValue.signum() < 0 || salvageValue.compareTo(cost) > 0) {
      throw new IllegalArgumentException("salvage value must be between zero and the cost");
    }
    if (usefulLifeYears < 1) {
      throw new IllegalArgumentException("useful life must be at least one year");
    }
    BigDecimal scaledCost = cost.setScale(2, RoundingMode.HALF_UP);
    if (!asOf.isAfter(acquiredOn)) {
      return scaledCost;
    }
    LocalDate end = acquiredOn.plusYears(usefulLifeYears);
    if (!asOf.isBefore(end)) {
      return salvageValue.setScale(2, RoundingMode.HALF_UP);
    }
    long totalDays = ChronoUnit.DAYS.between(acquiredOn, end);
    long elapsed = ChronoUnit.DAYS.between(acquiredOn, asOf);
    BigDecimal depreciable = cost.subtract(salvageValue);
    BigDecimal worn = depreciable.multiply(BigDecimal.valueOf(elapsed)).divide(BigDecimal.valueOf(totalDays), 2,
        RoundingMode.HALF_UP);
    return scaledCost.subtract(worn).max(salvageValue.setScale(2, RoundingMode.HALF_UP));
  }

  /** The depreciation of one full year: (cost − salvage) / useful life, to satang. */
  public static BigDecimal annualCharge(BigDecimal cost, BigDecimal salvageValue, int usefulLifeYears) {
    if (usefulLifeYears < 1) {
      throw new IllegalArgumentException("useful life must be at least one year");
    }
    return cost.subtract(salvageValue).divide(BigDecimal.valueOf(usefulLifeYears), 2, RoundingMode.HALF_UP);
  }
}
