package th.obec.esa.ict.reports.port;

import java.util.List;

/**
 * The figures of the requests received in a period.
 *
 * @param requests one line per form that had requests (forms without any may be left out)
 */
public record WorkFigures(List<RequestLine> requests, RepairFigures repairs, LoanFigures loans,
    AccountFigures accounts) {

  public WorkFigures {
    requests = requests == null ? List.of() : List.copyOf(requests);
  }
}
