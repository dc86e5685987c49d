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
   * Arabic digits to Thai, except those of codes: "F03" and "F21" name forms and keep theirs,
   * while "42 เรื่อง" becomes "๔๒ เรื่อง". A run of digits is a code's when it follows a Latin
   * letter directly. Null stays null.
   */
  public static String toThaiExceptCodes(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean inCode = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        out.append(inCode ? c : (char) ('๐' + (c - '0')));
      } else {
        out.append(c);
        inCode = c < 128 && Character.isLetter(c);
      }
    }
    return out.toString();
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
