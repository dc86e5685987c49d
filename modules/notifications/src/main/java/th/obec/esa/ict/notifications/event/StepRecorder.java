package th.obec.esa.ict.notifications.event;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import th.obec.esa.ict.forms.api.SubmissionStepped;
import th.obec.esa.ict.notifications.mail.MailConfig;

/**
 * Keeps each step of a request's flow that someone may hear of, in the deciding transaction: the
 * row commits with the decision or not at all, and the sender's timer makes the mails from it
 * later (so the decision never waits for the directory or the mail server). Nothing is kept while
 * mail is off.
 */
@Stateless
public class StepRecorder {

  @PersistenceContext(unitName = "notifications")
  private EntityManager em;

  @Inject
  private MailConfig mail;

  public void stepped(@Observes SubmissionStepped e) {
    if (!mail.settings().enabled() || !(e.decidesForRequester() || e.leavesWork())) {
      return;
    }
    em.persist(new StepEvent(e, OffsetDateTime.now()));
  }
}
