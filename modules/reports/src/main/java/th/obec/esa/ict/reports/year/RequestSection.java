package th.obec.esa.ict.reports.year;

import java.math.BigDecimal;
import java.util.List;
import th.obec.esa.ict.reports.port.RequestLine;

/**
 * Section 1: requests by form and outcome.
 *
 * @param lines one per form, in form-code order
 * @param total the column sums; its meanDaysToClose is the mean of the forms' means weighted by
 *     the requests each closed (completed + rejected + returned); formCode and formNameTh are null
 * @param completedPercent completed of received, in percent; null when nothing was received
 */
public record RequestSection(List<RequestLine> lines, RequestLine total, BigDecimal completedPercent) {

  public RequestSection {
    lines = List.copyOf(lines);
  }

  /** Nothing received in the year: printed as "no data". */
  public boolean empty() {
    return total.received() == 0;
  }
}
