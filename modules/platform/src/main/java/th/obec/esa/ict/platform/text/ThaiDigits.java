package th.obec.esa.ict.platform.text;

/**
 * Thai digits (๐–๙) and Arabic digits (0–9). Official documents often use Thai digits, and real
 * data mixes both in one value ("๑6"); everything stored is normalised to Arabic digits and turned
 * into Thai digits only where a document asks for them.
 */
public final class ThaiDigits {

  private static final char THAI_ZERO = '\u0E50';

  private ThaiDigits() {}

  /** Replaces every Thai digit by its Arabic digit; other characters stay. Null stays null. */
  public static String toArabic(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c >= THAI_ZERO && c <= THAI_ZERO + 9 ? (char) ('0' + (c - THAI_ZERO)) : c);
    }
    return out.toString();
  }

  /** Replaces every Arabic digit by its Thai digit; other characters stay. Null stays null. */
  public static String toThai(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c >= '0' && c <= '9' ? (char) (THAI_ZERO + (c - '0')) : c);
    }
    return out.toString();
  }

  /**
   * Arabic digits to Thai, except those of codes and record numbers ("F03", "F01-2569/001"): the
   * documents' one rule, {@link DocumentDigits#thai}. Null stays null.
   */
  public static String toThaiExceptCodes(String text) {
    return DocumentDigits.thai(text);
  }

  /** True when the text holds Thai and Arabic digits at once, as in "๑6": worth a warning on import. */
  public static boolean isMixed(String text) {
    if (text == null) {
      return false;
    }
    boolean thai = false;
    boolean arabic = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      thai |= c >= THAI_ZERO && c <= THAI_ZERO + 9;
      arabic |= c >= '0' && c <= '9';
    }
    return thai && arabic;
  }
}
