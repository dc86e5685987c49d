package th.obec.esa.ict.evaluation.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import th.obec.esa.ict.platform.rating.Band;

/**
 * Mean, standard deviation, band and counts of 5-level scores, computed exactly (integer sums,
 * BigDecimal division and square root) and only then rounded to 2 decimals HALF_UP, so the
 * printed figures equal a spreadsheet's AVERAGE and STDEV rounded the same way.
 *
 * <p>The standard deviation is the <em>sample</em> one (divided by n − 1), which is what Thai
 * research reports and a spreadsheet's STDEV / STDEV.S give; it is null (not zero) for fewer than
 * two scores, where a spreadsheet shows #DIV/0!.
 *
 * <p>Sections and the whole evaluation are summarised by pooling all their ratings (every score
 * of every item of the section, of every respondent) into one set, not by averaging the item
 * means: the pooled mean equals the mean of item means when every item is answered by everyone
 * (which the answer rules guarantee), and the pooled SD is the one a spreadsheet gives for
 * STDEV over the whole block of answers.
 */
public final class Statistics {

  private static final MathContext PRECISION = new MathContext(34);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Statistics() {}

  /**
   * @param scores each 1..5
   * @throws IllegalArgumentException for a score outside 1..5
   */
  public static ScoreStats of(Collection<Integer> scores) {
    int[] counts = new int[6];
    long sum = 0;
    long sumOfSquares = 0;
    for (Integer s : scores) {
      if (s == null || s < 1 || s > 5) {
        throw new IllegalArgumentException("a score is 1..5: " + s);
      }
      counts[s]++;
      sum += s;
      sumOfSquares += (long) s * s;
    }
    int n = scores.size();
    BigDecimal mean = null;
    BigDecimal sd = null;
    if (n > 0) {
      mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), PRECISION).setScale(2, RoundingMode.HALF_UP);
    }
    if (n > 1) {
      // variance = (n·Σx² − (Σx)²) / (n·(n − 1)), exact in integers up to the division
      long numerator = n * sumOfSquares - sum * sum;
      BigDecimal variance = BigDecimal.valueOf(numerator)
          .divide(BigDecimal.valueOf((long) n * (n - 1)), PRECISION);
      sd = variance.sqrt(PRECISION).setScale(2, RoundingMode.HALF_UP);
    }
    List<Integer> byLevel = new ArrayList<>();
    List<BigDecimal> percents = new ArrayList<>();
    for (int score = 5; score >= 1; score--) {
      byLevel.add(counts[score]);
      percents.add(n == 0 ? BigDecimal.ZERO.setScale(2)
          : BigDecimal.valueOf(counts[score]).multiply(HUNDRED).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP));
    }
    return new ScoreStats(n, mean, sd, Band.of(mean), byLevel, percents);
  }

  /** The statistics of several sets pooled into one (a section's items, all items). */
  public static ScoreStats pooled(Collection<? extends Collection<Integer>> sets) {
    List<Integer> all = new ArrayList<>();
    sets.forEach(all::addAll);
    return of(all);
  }
}
