package th.obec.esa.ict.forms.testdoubles;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import th.obec.esa.ict.forms.api.SubmissionApproved;
import th.obec.esa.ict.forms.api.SubmissionDone;

/**
 * Observes the workflow's events as another module would, and remembers each with whether it came
 * inside the deciding transaction (an observer there can still roll the decision back).
 */
@ApplicationScoped
public class RecordedEvents {

  /** An event, and whether a transaction was active when it arrived. */
  public record Seen(Object event, boolean inTransaction) {}

  private final List<Seen> seen = new CopyOnWriteArrayList<>();

  @Resource
  private TransactionSynchronizationRegistry transactions;

  void approved(@Observes SubmissionApproved e) {
    seen.add(new Seen(e, active()));
  }

  void done(@Observes SubmissionDone e) {
    seen.add(new Seen(e, active()));
  }

  /** What was seen of one submission, oldest first. */
  public List<Seen> of(long submissionId) {
    return seen.stream().filter(s -> (s.event() instanceof SubmissionApproved a && a.submissionId() == submissionId)
        || (s.event() instanceof SubmissionDone d && d.submissionId() == submissionId)).toList();
  }

  private boolean active() {
    return transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
  }
}
