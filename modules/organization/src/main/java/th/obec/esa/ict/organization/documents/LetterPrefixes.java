package th.obec.esa.ict.organization.documents;

import java.util.regex.Pattern;
import th.obec.esa.ict.platform.text.ThaiDigits;

/**
 * A letter-number prefix as printed before the slash: ศธ, then the office's five-digit code, and
 * for a unit with its own register optionally a dot and its number ("ศธ 04086", "ศธ 04086.3").
 * Stored with Arabic digits and one space.
 */
public final class LetterPrefixes {

  static final Pattern PREFIX = Pattern.compile("ศธ ?[0-9]{5}(\\.[0-9]{1,4})?");

  private LetterPrefixes() {}

  /** The stored form of a typed prefix: null for blank, else Arabic digits and "ศธ " with one space. */
  public static String normalise(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    String s = ThaiDigits.toArabic(typed.strip()).replaceAll("\\s+", " ");
    return s.replaceFirst("^ศธ ?", "ศธ ");
  }

  public static boolean valid(String normalised) {
    return normalised != null && PREFIX.matcher(normalised).matches();
  }
}
