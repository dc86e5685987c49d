package th.obec.esa.ict.records.improvement;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The change an improvement made to an indicator. The sign is kept as measured: a time falling
 * from 15 to 2 minutes is −13 (−86.7 %); whether less is better is for the reader of the
 * indicator, not for arithmetic.
 */
public final class IndicatorChange {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private IndicatorChange() {}

  public static BigDecimal change(BigDecimal before, BigDecimal after) {
    return plain(after.subtract(before));
  }

  /** Percent of the value before, one decimal, half up; null when before is zero. */
  public static BigDecimal percent(BigDecimal before, BigDecimal after) {
    if (before.signum() == 0) {
      return null;
    }
    return after.subtract(before).multiply(HUNDRED).divide(before.abs(), 1, RoundingMode.HALF_UP);
  }

  public static IndicatorView view(String name, BigDecimal before, BigDecimal after, String unit) {
    return new IndicatorView(name, plain(before), plain(after), unit, change(before, after), percent(before, after));
  }

  /** The number without trailing zeros or exponent: 15.0000 is 15. */
  public static BigDecimal plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /** As printed: "15", "2.5", "-13", "+13" when signed is asked. */
  public static String text(BigDecimal v, boolean signed) {
    if (v == null) {
      return "-";
    }
    String s = plain(v).toPlainString();
    return signed && v.signum() > 0 ? "+" + s : s;
  }
}
