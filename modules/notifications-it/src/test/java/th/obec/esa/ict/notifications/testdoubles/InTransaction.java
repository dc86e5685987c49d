package th.obec.esa.ict.notifications.testdoubles;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.function.Consumer;
import th.obec.esa.ict.forms.api.SubmissionStepped;

/** Does what forms does in a deciding transaction (fires the step), and the test's own writes. */
@Stateless
public class InTransaction {

  @Inject
  private Event<SubmissionStepped> stepped;

  @PersistenceContext(unitName = "notifications")
  private EntityManager em;

  /** Fires the step and then fails when asked, as a decision that rolls back. */
  public void step(SubmissionStepped step, boolean thenFail) {
    stepped.fire(step);
    if (thenFail) {
      throw new IllegalStateException("the decision failed after its event");
    }
  }

  /** Makes every mail waiting for a retry due now (instead of waiting out the backoff). */
  public int makeRetriesDueNow() {
    return em.createNativeQuery("UPDATE ntf_outbox SET next_attempt_at = CURRENT_TIMESTAMP - INTERVAL '1' SECOND"
        + " WHERE state = 'PENDING'").executeUpdate();
  }

  public void run(Consumer<EntityManager> work) {
    work.accept(em);
  }
}
