package th.obec.esa.ict.forms.numbering;

import th.obec.esa.ict.platform.text.ThaiDigits;

/**
 * A memo's number in the office's letter format: the register's prefix, a slash, the running
 * number ("ศธ 04086/123"). Stored with Arabic digits; printed with Thai digits when the office
 * wants them ("ศธ ๐๔๐๘๖/๑๒๓").
 */
public record LetterNumber(String prefix, int running) {

  public LetterNumber {
    if (prefix == null || prefix.isBlank()) {
      throw new IllegalArgumentException("a letter number needs the register's prefix");
    }
    if (running < 1) {
      throw new IllegalArgumentException("running numbers start at 1: " + running);
    }
    prefix = ThaiDigits.toArabic(prefix.strip());
  }

  /** "ศธ 04086/123", as stored and searched. */
  public String text() {
    return prefix + "/" + running;
  }

  /** As printed: with Thai digits or not. */
  public String text(boolean thaiDigits) {
    return thaiDigits ? ThaiDigits.toThai(text()) : text();
  }

  /** The line of a memo: "ที่ ศธ ๐๔๐๘๖/๑๒๓". */
  public String memoLine(boolean thaiDigits) {
    return "ที่ " + text(thaiDigits);
  }
}
