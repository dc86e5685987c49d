package th.obec.esa.ict.reports.year;

import java.util.function.UnaryOperator;
import th.obec.esa.ict.platform.text.ThaiDigits;

/**
 * Thai digits for the printed report, except inside codes: "F03" and "F21" name forms and stay
 * as they are, while "42 เรื่อง" becomes "๔๒ เรื่อง". A digit belongs to a code when the run of
 * digits follows a Latin letter directly.
 */
public final class ReportDigits {

  private ReportDigits() {}

  /** The operator a document applies to its texts: Thai digits, or the text unchanged. */
  public static UnaryOperator<String> of(boolean thai) {
    return thai ? ReportDigits::thai : UnaryOperator.identity();
  }

  /** Arabic digits to Thai, except those of codes such as F03; null stays null. */
  public static String thai(String text) {
    return ThaiDigits.toThaiExceptCodes(text);
  }
}
