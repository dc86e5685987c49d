package th.obec.esa.ict.notifications.digest;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import th.obec.esa.ict.core.api.People;
import th.obec.esa.ict.core.api.Person;
import th.obec.esa.ict.notifications.mail.MailConfig;
import th.obec.esa.ict.notifications.mail.MailSettings;
import th.obec.esa.ict.platform.time.OfficeTime;

/**
 * Queues everyone's daily digest at 07:00 (Bangkok). Not persistent, like the other daily jobs:
 * each instance of a cluster runs it, and the key per person and day queues each digest once. The
 * outbox timer sends them.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigestJob {

  @jakarta.inject.Inject
  private th.obec.esa.ict.core.api.JobRuns runs;

  private static final Logger LOG = Logger.getLogger(DigestJob.class.getName());

  @Inject
  private MailConfig mail;

  @Inject
  private People people;

  @EJB
  private DigestService digests;

  @Schedule(hour = "7", minute = "0", timezone = OfficeTime.ZONE_ID, persistent = false,
      info = "notifications: daily digest")
  void daily() {
    if (!mail.timersOn()) {
      return;
    }
    MailSettings settings = mail.settings();
    LocalDate today = LocalDate.now(OfficeTime.ZONE);
    if (settings.enabled() && runs.claim("notifications.digest", today)) {
      run(today, settings);
      runs.finished("notifications.digest", today, "done");
    }
  }

  /**
   * Queues the digests of {@code day}; run again on the same day, it queues none a second time.
   *
   * @return how many were queued now
   */
  public int run(LocalDate day, MailSettings settings) {
    List<Person> everyone;
    DigestRules.Facts facts;
    try {
      everyone = people.everyone();
      facts = digests.facts(day);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "mail: no daily digest for " + day + " now: " + e);
      return 0;
    }
    int queued = 0;
    for (Person p : everyone) {
      try {
        queued += digests.queue(p, day, facts, settings) ? 1 : 0;
      } catch (EJBException e) {
        // another instance queued it at the same moment (the unique key), or this person's data failed
        LOG.log(Level.FINE, "digest of " + p.uid() + " not queued", e);
      }
    }
    try {
      digests.purgeSteps(day);
    } catch (EJBException e) {
      LOG.log(Level.WARNING, "mail: old steps not purged now: " + e);
    }
    LOG.info("mail: daily digests of " + day + " queued: " + queued);
    return queued;
  }
}
