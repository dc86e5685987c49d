package th.obec.esa.ict.forms.loan;

import java.time.LocalDate;
import java.util.List;
import th.obec.esa.ict.forms.submission.FormDetail;

/** F04: the assets asked for and the period (both days included); the purpose is the submission's body. */
public record LoanRequest(List<Long> assetIds, LocalDate from, LocalDate until) implements FormDetail {

  public LoanRequest {
    assetIds = assetIds == null ? List.of() : List.copyOf(assetIds);
  }
}
