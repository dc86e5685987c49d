package th.obec.esa.ict.notifications.digest;

import java.util.List;
import th.obec.esa.ict.evaluation.api.EvaluationToAnswer;
import th.obec.esa.ict.forms.api.AccessExpiring;
import th.obec.esa.ict.forms.api.LoanDue;
import th.obec.esa.ict.forms.api.SubmissionStepped;
import th.obec.esa.ict.forms.api.WaitingTask;
import th.obec.esa.ict.records.api.DueRound;

/** What one person's daily digest holds, section by section. */
public record DigestContent(List<WaitingTask> waiting, List<SubmissionStepped> decided, List<LoanDue> loans,
    List<AccessExpiring> accesses, List<DueRound> returns, List<EvaluationToAnswer> evaluations) {

  /** Nothing to tell: no mail. */
  public boolean isEmpty() {
    return size() == 0;
  }

  /** How many items in all. */
  public int size() {
    return waiting.size() + decided.size() + loans.size() + accesses.size() + returns.size() + evaluations.size();
  }
}
