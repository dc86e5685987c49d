package th.obec.esa.ict.notifications.outbox;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import th.obec.esa.ict.core.api.People;
import th.obec.esa.ict.core.api.Person;
import th.obec.esa.ict.notifications.mail.MailFailure;
import th.obec.esa.ict.notifications.mail.MailSettings;
import th.obec.esa.ict.notifications.mail.MailTransport;

/**
 * One sender's pass over the outbox: claims each due mail (see {@link Outbox#claim}), finds the
 * recipient's address in the directory at that moment, sends it outside any transaction, and
 * writes down the result. The first failure that is not a refusal of the address ends the pass
 * (the server is away: the rest stays due for the next one). Several passes may run at once (two instances, or the timer and a test):
 * each mail is claimed by one of them only.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSending {

  private static final Logger LOG = Logger.getLogger(OutboxSending.class.getName());

  @EJB
  private Outbox outbox;

  @Inject
  private MailTransport transport;

  @Inject
  private People people;

  /** What a pass did. */
  public record Pass(int sent, int failed, int skipped) {}

  /**
   * Sends up to {@code limit} due mails with these settings; {@code token} names this sender in
   * its claims (unique per pass).
   */
  public Pass sendDue(MailSettings settings, String token, int limit) {
    outbox.releaseStale();
    int sent = 0;
    int failed = 0;
    int skipped = 0;
    for (long id : outbox.due(limit)) {
      if (!outbox.claim(id, token)) {
        skipped++;
        continue;
      }
      Optional<OutboxMail> claimed = outbox.claimed(id, token);
      if (claimed.isEmpty()) {
        skipped++;
        continue;
      }
      OutboxMail m = claimed.get();
      Optional<Person> to;
      try {
        to = people.find(m.getRecipientUid());
      } catch (RuntimeException directoryAway) {
        outbox.failed(id, token, "directory: " + directoryAway, false);
        failed++;
        continue;
      }
      if (to.isEmpty() || !to.get().hasMail()) {
        outbox.noAddress(id, token);
        skipped++;
        continue;
      }
      try {
        transport.send(settings, to.get().mail(), m.getSubject(), m.getBody());
        outbox.sent(id, token, to.get().mail());
        sent++;
      } catch (MailFailure e) {
        outbox.failed(id, token, e.getMessage() == null ? e.toString() : e.getMessage(), e.isPermanent());
        failed++;
        LOG.log(Level.FINE, "mail " + id + " not sent", e);
        if (!e.isPermanent()) {
          // the server is away or refuses us: the rest waits for the next pass instead of each
          // waiting out its own connection timeout now
          break;
        }
      }
    }
    if (failed > 0) {
      LOG.warning("mail: " + failed + " mail(s) not sent this time (sent " + sent + "), tried again later;"
          + " see the outbox (docs/operations.md, Mail)");
    }
    return new Pass(sent, failed, skipped);
  }
}
