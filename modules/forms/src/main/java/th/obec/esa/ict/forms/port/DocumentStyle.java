package th.obec.esa.ict.forms.port;

/**
 * How the office's documents are printed.
 *
 * @param thaiDigits Thai digits except in form codes and record numbers ({@link th.obec.esa.ict.platform.text.DocumentDigits})
 * @param emblemPng the emblem (ครุฑ) as a PNG, printed 1.5 cm high at the top left of a บันทึกข้อความ; null for none
 */
public record DocumentStyle(boolean thaiDigits, byte[] emblemPng) {

  /** Thai digits, no emblem: the office has set nothing. */
  public static final DocumentStyle PLAIN = new DocumentStyle(true, null);
}
