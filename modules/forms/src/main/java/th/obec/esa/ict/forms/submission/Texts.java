package th.obec.esa.ict.forms.submission;

import th.obec.esa.ict.platform.BusinessException;

/** How the forms read typed text: what counts as empty, how long a column takes, a required field. */
public final class Texts {

  private Texts() {}

  /** Nothing a reader could see: whitespace and invisible format characters (zero-width space, joiners, BOM). */
  public static boolean blank(String s) {
    return s == null || s.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT);
  }

  /** At most {@code max} characters. */
  public static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  /** Refuses a blank value with the message key, next to the field. */
  public static void require(String field, String value, String key) {
    if (blank(value)) {
      throw new BusinessException(BusinessException.field(field), key);
    }
  }
}
