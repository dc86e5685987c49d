package th.obec.esa.ict.organization.staff;

import th.obec.esa.ict.platform.text.ThaiDigits;

/**
 * A position number (ตำแหน่งเลขที่) as printed and as stored for matching. Orders print it in
 * Thai digits, Arabic digits or both at once ("๑6"); the normalised form has Arabic digits and
 * single spaces, and nothing is added to it (a missing "อ" stays missing and is reported).
 */
public final class PositionNumber {

  private PositionNumber() {}

  public static String normalize(String printed) {
    if (printed == null || printed.isBlank()) {
      return null;
    }
    return ThaiDigits.toArabic(printed.strip()).replaceAll("\\s+", " ").replaceAll("^อ(\\d)", "อ $1");
  }

  /** True when the number has the letter prefix that civil-servant position numbers carry ("อ 34"). */
  public static boolean hasLetterPrefix(String normalized) {
    return normalized != null && !normalized.isEmpty() && !Character.isDigit(normalized.charAt(0));
  }
}
