package th.obec.esa.ict.reports.year;

import java.time.LocalDate;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.time.FiscalYear;

/**
 * Which fiscal years an F21 may be made for: from 2560, the year of the order that set up the
 * ICT groups as they are (an earlier year would hold nothing this system recorded), to the
 * current fiscal year, which is reported "so far". A future year is refused: it would print an
 * empty report that looks like a real one.
 */
public final class ReportYear {

  /** The first fiscal year a report may be made for. */
  public static final int FIRST = 2560;

  private ReportYear() {}

  /**
   * @param today the day in the office's time zone
   * @throws BusinessException on field "year": {@code reports.year.tooEarly} or {@code reports.year.future}
   */
  public static FiscalYear check(int buddhistYear, LocalDate today) {
    if (buddhistYear < FIRST) {
      throw new BusinessException(BusinessException.field("year"), "reports.year.tooEarly", buddhistYear, FIRST);
    }
    FiscalYear current = FiscalYear.of(today);
    if (buddhistYear > current.buddhistYear()) {
      throw new BusinessException(BusinessException.field("year"), "reports.year.future", buddhistYear,
          current.buddhistYear());
    }
    return new FiscalYear(buddhistYear);
  }
}
