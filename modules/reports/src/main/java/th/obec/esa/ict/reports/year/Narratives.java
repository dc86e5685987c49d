package th.obec.esa.ict.reports.year;

import th.obec.esa.ict.platform.text.ThaiDigits;

/**
 * The generated Thai sentences that open each section, with Arabic digits (see {@link #thaiDigits()});
 * null for a section without data.
 */
public record Narratives(String requests, String services, String accounts, String evaluations, String returns,
    String records) {

  /** The same sentences with Thai digits, as the printed report has them by default
   * (form codes such as F03 keep theirs, see {@link ThaiDigits#toThaiExceptCodes}). */
  public Narratives thaiDigits() {
    return new Narratives(ThaiDigits.toThaiExceptCodes(requests), ThaiDigits.toThaiExceptCodes(services), ThaiDigits.toThaiExceptCodes(accounts),
        ThaiDigits.toThaiExceptCodes(evaluations), ThaiDigits.toThaiExceptCodes(returns), ThaiDigits.toThaiExceptCodes(records));
  }
}
