package th.obec.esa.ict.reports.year;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Percentages and means as Thai reports print them: two decimals, rounded half up (38 of 42 is
 * 90.48). A share of nothing is null, printed as "-", never 0 or a division error.
 */
public final class Percent {

  private Percent() {}

  /** {@code part} of {@code whole} in percent, 2 decimals; null when {@code whole} is 0 or less. */
  public static BigDecimal of(long part, long whole) {
    if (whole <= 0) {
      return null;
    }
    return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
  }

  /**
   * The mean of several means, each weighted by how many it stands for; lines without a mean or
   * with no weight are left out. Null when nothing is left.
   */
  public static BigDecimal weightedMean(java.util.List<BigDecimal> means, java.util.List<Integer> weights) {
    BigDecimal sum = BigDecimal.ZERO;
    long total = 0;
    for (int i = 0; i < means.size(); i++) {
      BigDecimal m = means.get(i);
      int w = weights.get(i);
      if (m != null && w > 0) {
        sum = sum.add(m.multiply(BigDecimal.valueOf(w)));
        total += w;
      }
    }
    return total == 0 ? null : sum.divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
  }
}
