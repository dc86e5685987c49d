package th.obec.esa.ict.notifications.event;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import th.obec.esa.ict.core.api.People;
import th.obec.esa.ict.core.api.Person;
import th.obec.esa.ict.forms.api.Reminders;
import th.obec.esa.ict.forms.api.SubmissionStepped;
import th.obec.esa.ict.forms.api.WaitingTask;
import th.obec.esa.ict.notifications.digest.Mail;
import th.obec.esa.ict.notifications.digest.MailTexts;
import th.obec.esa.ict.notifications.mail.MailSettings;
import th.obec.esa.ict.notifications.outbox.MailKeys;
import th.obec.esa.ict.notifications.outbox.Outbox;
import th.obec.esa.ict.notifications.preference.PreferenceService;
import th.obec.esa.ict.platform.security.Actor;

/**
 * Turns the recorded steps into the immediate mails of those who chose them: the requester hears
 * of a decision on her request; whoever the request now waits for (by the forms' inbox rules:
 * reviewer, approver in their own right, as stand-in, delegate or by escalation, assignee, the
 * requester for a correction) hears that it waits. Everyone else hears of it in the digest.
 */
@Stateless
public class Dispatcher {

  static final String DECIDED = "DECIDED";
  static final String WAITING = "WAITING";

  @PersistenceContext(unitName = "notifications")
  private EntityManager em;

  @Inject
  private People people;

  @Inject
  private Reminders reminders;

  @EJB
  private PreferenceService preferences;

  @EJB
  private Outbox outbox;

  /** The steps not yet dispatched, oldest first. */
  public List<Long> undispatched(int limit) {
    return em.createQuery("SELECT e.id FROM StepEvent e WHERE e.dispatchedAt IS NULL ORDER BY e.id", Long.class)
        .setMaxResults(limit).getResultList();
  }

  /**
   * Dispatches one step, in its own transaction: it is claimed (marked dispatched) by a
   * conditional UPDATE, so of two instances only one makes its mails, and the mails are queued in
   * the same transaction. When the directory is away, everything rolls back and the step is tried
   * again at the next run.
   *
   * @return how many mails were queued
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int dispatch(long eventId, MailSettings settings) {
    int claimed = em.createQuery("UPDATE StepEvent e SET e.dispatchedAt = :now WHERE e.id = :id"
        + " AND e.dispatchedAt IS NULL").setParameter("now", OffsetDateTime.now()).setParameter("id", eventId)
        .executeUpdate();
    if (claimed == 0) {
      return 0;
    }
    StepEvent event = em.find(StepEvent.class, eventId);
    SubmissionStepped step = event.asStep();
    int queued = 0;
    java.util.Set<String> immediate = preferences.immediateUids();
    String requester = step.requesterUid();
    if (step.decidesForRequester() && requester != null && !requester.equals(step.actorUid())
        && immediate.contains(requester)) {
      Optional<Person> p = people.find(requester);
      if (p.isPresent() && p.get().hasMail()) {
        Mail m = MailTexts.decided(name(p.get()), step, settings::link);
        queued += outbox.enqueue(MailKeys.decided(requester, eventId), requester, DECIDED, m.subject(), m.body()) ? 1 : 0;
      }
    }
    if (step.leavesWork() && !supersededFor(event)) {
      for (String uid : immediate) {
        if (uid.equals(step.actorUid())) {
          continue;
        }
        Optional<Person> p = people.find(uid);
        if (p.isEmpty() || !p.get().hasMail()) {
          continue;
        }
        Actor actor = Actor.self(uid, p.get().roles().toArray(String[]::new));
        Optional<WaitingTask> task = reminders.waitingOn(step.submissionId(), actor);
        if (task.isPresent()) {
          Mail m = MailTexts.waiting(name(p.get()), task.get(), settings::link);
          queued += outbox.enqueue(MailKeys.waiting(uid, eventId), uid, WAITING, m.subject(), m.body()) ? 1 : 0;
        }
      }
    }
    return queued;
  }

  /** A later step of the same request was taken: who it waits for is that step's news, not this one's. */
  private boolean supersededFor(StepEvent event) {
    return em.createQuery("SELECT COUNT(e) FROM StepEvent e WHERE e.submissionId = :s AND e.id > :id", Long.class)
        .setParameter("s", event.getSubmissionId()).setParameter("id", event.getId()).getSingleResult() > 0;
  }

  static String name(Person p) {
    return p.thaiName() == null || p.thaiName().isBlank() ? p.uid() : p.thaiName();
  }
}
