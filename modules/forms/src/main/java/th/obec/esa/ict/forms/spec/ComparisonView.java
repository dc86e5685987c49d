package th.obec.esa.ict.forms.spec;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import th.obec.esa.ict.forms.submission.SubmissionView;

/**
 * An F07: the submission, the F06 it compares against, item by item the offers with the winner,
 * and the total of the winning offers (the amount the approval is about).
 */
public record ComparisonView(SubmissionView submission, SpecView spec, List<ComparisonItemView> items,
    BigDecimal total) implements Serializable {

  public long id() {
    return submission.id();
  }
}
