package th.obec.esa.ict.reports.year;

/**
 * The generated Thai sentences that open each section, with Arabic digits (see {@link #thaiDigits()});
 * null for a section without data.
 */
public record Narratives(String requests, String services, String accounts, String evaluations, String returns,
    String records) {

  /** The same sentences with Thai digits, as the printed report has them by default
   * (form codes such as F03 keep theirs, see {@link ReportDigits}). */
  public Narratives thaiDigits() {
    return new Narratives(ReportDigits.thai(requests), ReportDigits.thai(services), ReportDigits.thai(accounts),
        ReportDigits.thai(evaluations), ReportDigits.thai(returns), ReportDigits.thai(records));
  }
}
