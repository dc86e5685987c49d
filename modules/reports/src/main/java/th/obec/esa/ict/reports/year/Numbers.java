package th.obec.esa.ict.reports.year;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How figures are written on the F21, always with Arabic digits (Thai digits are applied to the
 * whole printed text when the office wants them): counts with thousands separators, shares and
 * means with two decimals, days with one, baht with two; a missing mean or share is "-".
 */
public final class Numbers {

  private Numbers() {}

  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  public static String decimal(BigDecimal v) {
    return v == null ? "-" : String.format(Locale.ROOT, "%,.2f", v.setScale(2, RoundingMode.HALF_UP));
  }

  public static String days(BigDecimal v) {
    return v == null ? "-" : String.format(Locale.ROOT, "%,.1f", v.setScale(1, RoundingMode.HALF_UP));
  }

  public static String baht(BigDecimal v) {
    return decimal(v == null ? BigDecimal.ZERO : v);
  }
}
