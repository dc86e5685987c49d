package th.obec.esa.ict.notifications.digest;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import th.obec.esa.ict.core.api.Person;
import th.obec.esa.ict.evaluation.api.EvaluationReminders;
import th.obec.esa.ict.evaluation.api.EvaluationToAnswer;
import th.obec.esa.ict.forms.api.Reminders;
import th.obec.esa.ict.forms.api.SubmissionStepped;
import th.obec.esa.ict.forms.api.WaitingTask;
import th.obec.esa.ict.notifications.event.StepEvent;
import th.obec.esa.ict.notifications.mail.MailSettings;
import th.obec.esa.ict.notifications.outbox.MailKeys;
import th.obec.esa.ict.notifications.outbox.Outbox;
import th.obec.esa.ict.notifications.preference.PreferenceService;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.records.api.ReturnReminders;

/** Gathers and queues the daily digests (see {@link DigestRules} for who gets what). */
@Stateless
public class DigestService {

  static final String KIND = "DIGEST";

  @PersistenceContext(unitName = "notifications")
  private EntityManager em;

  @Inject
  private Reminders reminders;

  @Inject
  private ReturnReminders returns;

  @Inject
  private EvaluationReminders evaluations;

  @EJB
  private PreferenceService preferences;

  @EJB
  private Outbox outbox;

  /** The facts of {@code day} shared by every person's digest. */
  public DigestRules.Facts facts(LocalDate day) {
    List<SubmissionStepped> decided = em.createQuery("SELECT e FROM StepEvent e WHERE e.createdAt >= :from"
        + " AND e.createdAt < :to ORDER BY e.id", StepEvent.class)
        .setParameter("from", OfficeTime.startOf(day.minusDays(1))).setParameter("to", OfficeTime.startOf(day))
        .getResultList().stream().map(StepEvent::asStep).filter(SubmissionStepped::decidesForRequester).toList();
    return new DigestRules.Facts(decided, reminders.loansDueOrOverdue(day),
        reminders.accessesExpiring(day, DigestRules.ACCESS_DAYS), returns.dueSoonOrOverdue(day, DigestRules.RETURN_DAYS));
  }

  /**
   * Deletes the steps dispatched more than a week before {@code day}: the digest needs only
   * yesterday's, and they hold request subjects and names (docs/personal-data.md).
   */
  public int purgeSteps(LocalDate day) {
    return em.createQuery("DELETE FROM StepEvent e WHERE e.dispatchedAt IS NOT NULL AND e.createdAt < :before")
        .setParameter("before", OfficeTime.startOf(day.minusDays(7))).executeUpdate();
  }

  /**
   * Queues this person's digest of {@code day}, in its own transaction, unless it is queued
   * already (the key is per person and day) or there is nothing to tell.
   *
   * @return whether a digest was queued now
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean queue(Person person, LocalDate day, DigestRules.Facts facts, MailSettings settings) {
    String key = MailKeys.digest(person.uid(), day);
    if (!person.hasMail() || outbox.exists(key)) {
      return false;
    }
    Actor actor = Actor.self(person.uid(), person.roles().toArray(String[]::new));
    List<WaitingTask> waiting = reminders.waitingFor(actor);
    List<EvaluationToAnswer> toAnswer = evaluations.toAnswer(person.uid(), OfficeTime.startOf(day.minusDays(1)),
        OfficeTime.startOf(day));
    DigestContent content = DigestRules.contentFor(person, preferences.immediate(person.uid()), facts, waiting,
        toAnswer);
    if (content.isEmpty()) {
      return false;
    }
    String name = person.thaiName() == null || person.thaiName().isBlank() ? person.uid() : person.thaiName();
    Mail m = MailTexts.digest(name, day, content, settings::link);
    return outbox.enqueue(key, person.uid(), KIND, m.subject(), m.body());
  }
}
