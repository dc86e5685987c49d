package th.obec.esa.ict.evaluation.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.platform.rating.Band;

/** The statistics against values checked by hand and in a spreadsheet (AVERAGE, STDEV). */
class StatisticsTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  /** n scores of which {@code fives} are 5 and the rest are {@code other}. */
  private static List<Integer> scores(int n, int fives, int other) {
    List<Integer> out = new ArrayList<>(Collections.nCopies(fives, 5));
    out.addAll(Collections.nCopies(n - fives, other));
    return out;
  }

  @Test
  void theBriefsExampleGivesMean420AndSd084() {
    ScoreStats s = Statistics.of(List.of(5, 4, 4, 3, 5));
    assertEquals(5, s.n());
    assertEquals(d("4.20"), s.mean());
    assertEquals(d("0.84"), s.sd()); // sqrt(2.8 / 4) = 0.8366
    assertEquals(Band.HIGH, s.band());
    assertEquals(List.of(2, 2, 1, 0, 0), s.counts());
    assertEquals(2, s.count(5));
    assertEquals(1, s.count(3));
    assertEquals(d("40.00"), s.percent(5));
    assertEquals(d("20.00"), s.percent(3));
    assertEquals(d("0.00"), s.percent(1));
  }

  @Test
  void moreHandCheckedValues() {
    ScoreStats one = Statistics.of(List.of(1, 2, 3, 4, 5));
    assertEquals(d("3.00"), one.mean());
    assertEquals(d("1.58"), one.sd()); // sqrt(2.5) = 1.5811
    assertEquals(Band.MODERATE, one.band());
    ScoreStats two = Statistics.of(List.of(5, 5, 5, 5, 4));
    assertEquals(d("4.80"), two.mean());
    assertEquals(d("0.45"), two.sd()); // sqrt(0.2) = 0.4472
    assertEquals(Band.HIGHEST, two.band());
    ScoreStats same = Statistics.of(List.of(3, 3, 3));
    assertEquals(d("0.00"), same.sd());
    ScoreStats thirds = Statistics.of(List.of(2, 2, 1));
    assertEquals(d("1.67"), thirds.mean()); // 1.6667 rounds up
    assertEquals(d("0.58"), thirds.sd()); // sqrt(1/3) = 0.5774
    assertEquals(Band.LOW, thirds.band());
  }

  @Test
  void oneScoreHasNoSdAndNoScoreHasNoMean() {
    ScoreStats single = Statistics.of(List.of(4));
    assertEquals(d("4.00"), single.mean());
    assertNull(single.sd());
    ScoreStats none = Statistics.of(List.of());
    assertEquals(0, none.n());
    assertNull(none.mean());
    assertNull(none.sd());
    assertNull(none.band());
    assertEquals(d("0.00"), none.percent(5));
  }

  @Test
  void bandEdgesOnTheRoundedMean() {
    assertEquals(Band.LOWEST, Band.of(d("1.00")));
    assertEquals(Band.LOWEST, Band.of(d("1.50")));
    assertEquals(Band.LOW, Band.of(d("1.51")));
    assertEquals(Band.LOW, Band.of(d("2.50")));
    assertEquals(Band.MODERATE, Band.of(d("2.51")));
    assertEquals(Band.MODERATE, Band.of(d("3.50")));
    assertEquals(Band.HIGH, Band.of(d("3.51")));
    assertEquals(Band.HIGH, Band.of(d("4.50")));
    assertEquals(Band.HIGHEST, Band.of(d("4.51")));
    assertEquals(Band.HIGHEST, Band.of(d("5.00")));
    assertNull(Band.of(null));
  }

  @Test
  void theBandFollowsTheMeanAsPrinted() {
    // 200 scores: 101 fives and 99 fours = 4.505, printed 4.51, so มากที่สุด
    ScoreStats up = Statistics.of(scores(200, 101, 4));
    assertEquals(d("4.51"), up.mean());
    assertEquals(Band.HIGHEST, up.band());
    // 100 fives and 100 fours = 4.50 exactly: มาก
    ScoreStats edge = Statistics.of(scores(200, 100, 4));
    assertEquals(d("4.50"), edge.mean());
    assertEquals(Band.HIGH, edge.band());
    // 1.505 -> 1.51 น้อย; 1.50 -> น้อยที่สุด
    assertEquals(Band.LOW, Statistics.of(mixed(101, 2, 99, 1)).band());
    assertEquals(Band.LOWEST, Statistics.of(mixed(100, 2, 100, 1)).band());
    assertEquals(Band.MODERATE, Statistics.of(mixed(101, 3, 99, 2)).band()); // 2.505
    assertEquals(Band.LOW, Statistics.of(mixed(100, 3, 100, 2)).band()); // 2.50
    assertEquals(Band.HIGH, Statistics.of(mixed(101, 4, 99, 3)).band()); // 3.505
    assertEquals(Band.MODERATE, Statistics.of(mixed(100, 4, 100, 3)).band()); // 3.50
  }

  private static List<Integer> mixed(int a, int scoreA, int b, int scoreB) {
    List<Integer> out = new ArrayList<>(Collections.nCopies(a, scoreA));
    out.addAll(Collections.nCopies(b, scoreB));
    return out;
  }

  @Test
  void pooledIsOneSetOverAllItems() {
    ScoreStats pooled = Statistics.pooled(List.of(List.of(5, 4, 4), List.of(3, 5)));
    assertEquals(Statistics.of(List.of(5, 4, 4, 3, 5)), pooled);
  }

  @Test
  void aScoreOutsideTheScaleIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Statistics.of(List.of(0)));
    assertThrows(IllegalArgumentException.class, () -> Statistics.of(List.of(6)));
  }
}
