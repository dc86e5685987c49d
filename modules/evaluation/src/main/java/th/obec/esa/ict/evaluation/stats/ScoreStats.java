package th.obec.esa.ict.evaluation.stats;

import java.math.BigDecimal;
import java.util.List;
import th.obec.esa.ict.platform.rating.Band;

/**
 * The statistics of a set of scores 1..5.
 *
 * @param n how many scores
 * @param mean the arithmetic mean rounded to 2 decimals (HALF_UP); null when n = 0
 * @param sd the sample standard deviation (n − 1, a spreadsheet's STDEV / STDEV.S) rounded to 2
 *     decimals (HALF_UP); null when n &lt; 2, where it is not defined (the spreadsheet shows
 *     #DIV/0!, the report a dash)
 * @param band the interpretation of the rounded mean; null when n = 0
 * @param counts how many scores of each level, from 5 down to 1 ({@code counts.get(0)} is the 5s)
 * @param percents the same as percentages of n, 2 decimals HALF_UP (zeros when n = 0)
 */
public record ScoreStats(int n, BigDecimal mean, BigDecimal sd, Band band, List<Integer> counts,
    List<BigDecimal> percents) {

  public ScoreStats {
    counts = List.copyOf(counts);
    percents = List.copyOf(percents);
  }

  /** How many gave this score (1..5). */
  public int count(int score) {
    return counts.get(5 - score);
  }

  /** The percentage of n that gave this score (1..5). */
  public BigDecimal percent(int score) {
    return percents.get(5 - score);
  }
}
