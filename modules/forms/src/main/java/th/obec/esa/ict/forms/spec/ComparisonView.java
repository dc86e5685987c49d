package th.obec.esa.ict.forms.spec;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import th.obec.esa.ict.forms.submission.SubmissionView;

/**
 * An F07: the submission, the F06 it compares against, item by item the offers with the winner,
 * the total of the winning offers (the amount the approval is about), the committee in seat order
 * and the head of procurement (null for an F07 filed before they were recorded).
 */
public record ComparisonView(SubmissionView submission, SpecView spec, List<ComparisonItemView> items,
    BigDecimal total, List<CommitteeMemberView> committee, CommitteeMemberView procurementHead)
    implements Serializable {

  /** A comparison with no committee on record. */
  public ComparisonView(SubmissionView submission, SpecView spec, List<ComparisonItemView> items, BigDecimal total) {
    this(submission, spec, items, total, List.of(), null);
  }

  public long id() {
    return submission.id();
  }
}
