package th.obec.esa.ict.platform.rating;

import java.math.BigDecimal;

/**
 * The usual interpretation bands of a 5-level scale's mean (เกณฑ์การแปลผล). The band is decided
 * on the mean rounded to 2 decimals, as the report prints it, so that a printed 4.50 is always
 * มาก and a printed 4.51 always มากที่สุด, whatever the third decimal was. One rule for every
 * report that reads a mean: the F12 of an evaluation and the F21's summary of them.
 */
public enum Band {
  HIGHEST("มากที่สุด", "highest", "4.51", "5.00"),
  HIGH("มาก", "high", "3.51", "4.50"),
  MODERATE("ปานกลาง", "moderate", "2.51", "3.50"),
  LOW("น้อย", "low", "1.51", "2.50"),
  LOWEST("น้อยที่สุด", "lowest", "1.00", "1.50");

  private final String thai;
  private final String english;
  private final BigDecimal from;
  private final BigDecimal to;

  Band(String thai, String english, String from, String to) {
    this.thai = thai;
    this.english = english;
    this.from = new BigDecimal(from);
    this.to = new BigDecimal(to);
  }

  public String thai() {
    return thai;
  }

  public String english() {
    return english;
  }

  /** The lowest mean (2 decimals) of the band, e.g. 4.51. */
  public BigDecimal from() {
    return from;
  }

  /** The highest mean (2 decimals) of the band, e.g. 5.00. */
  public BigDecimal to() {
    return to;
  }

  /**
   * @param mean a mean; it is rounded to 2 decimals (half up) first, as printed; null for none
   * @return the band, or null when there is no mean
   */
  public static Band of(BigDecimal mean) {
    if (mean == null) {
      return null;
    }
    BigDecimal printed = mean.setScale(2, java.math.RoundingMode.HALF_UP);
    for (Band b : values()) {
      if (printed.compareTo(b.from) >= 0) {
        return b;
      }
    }
    return LOWEST;
  }
}
