package th.obec.esa.ict.platform.text;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one digit rule of every printed document (issue 17). Form codes and record numbers keep their
 * Arabic digits, because they are looked up as typed: a code is Latin letters directly followed by
 * digits, with what is chained to them by "-", "/" or "." and more digits ("F05", "F22",
 * "F01-2569/001"). Every other digit is Thai when the office prints Thai digits (its setting "Thai
 * digits on documents", on by default), Arabic when it does not: dates, amounts, letter numbers
 * ("ที่ ศธ ๐๔๐๘๖/๑๒"), counts.
 */
public final class DocumentDigits {

  private static final Pattern CODE = Pattern.compile("[A-Za-z]+[0-9]+(?:[-/.][0-9]+)*");

  private DocumentDigits() {}

  /** The rule as a function, for renderers: Thai digits outside codes, or the text unchanged. */
  public static UnaryOperator<String> of(boolean thaiDigits) {
    return thaiDigits ? DocumentDigits::thai : UnaryOperator.identity();
  }

  /** Thai digits everywhere but in codes; Thai digits typed inside a code are put back to Arabic. Null stays null. */
  public static String thai(String text) {
    if (text == null) {
      return null;
    }
    String arabic = ThaiDigits.toArabic(text);
    Matcher m = CODE.matcher(arabic);
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    while (m.find()) {
      out.append(ThaiDigits.toThai(arabic.substring(last, m.start()))).append(m.group());
      last = m.end();
    }
    return out.append(ThaiDigits.toThai(arabic.substring(last))).toString();
  }
}
