package th.obec.esa.ict.notifications.outbox;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import th.obec.esa.ict.notifications.event.Dispatcher;
import th.obec.esa.ict.notifications.mail.MailConfig;
import th.obec.esa.ict.notifications.mail.MailSettings;

/**
 * Every minute: turns the recorded steps into immediate mails, then sends what is due. Not
 * persistent; every instance of a cluster runs it, and the claims keep each step dispatched once
 * and each mail sent once. Does nothing while mail is off.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxTimer {

  private static final Logger LOG = Logger.getLogger(OutboxTimer.class.getName());

  /** Mails sent per pass at most (the rest waits a minute). */
  static final int BATCH = 100;

  @Inject
  private MailConfig mail;

  @EJB
  private Dispatcher dispatcher;

  @EJB
  private OutboxSending sending;

  @Schedule(hour = "*", minute = "*", persistent = false, info = "notifications: outbox")
  void everyMinute() {
    if (!mail.timersOn()) {
      return;
    }
    MailSettings settings = mail.settings();
    if (settings.enabled()) {
      run(settings);
    }
  }

  /** One pass: dispatch, then send. */
  public OutboxSending.Pass run(MailSettings settings) {
    dispatchAll(settings);
    return sending.sendDue(settings, UUID.randomUUID().toString(), BATCH);
  }

  /** Dispatches the recorded steps; one the directory cannot answer for stays for the next pass. */
  public int dispatchAll(MailSettings settings) {
    int queued = 0;
    for (long id : dispatcher.undispatched(BATCH)) {
      try {
        queued += dispatcher.dispatch(id, settings);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "mail: step " + id + " not dispatched now, tried again in a minute: " + e);
        break;
      }
    }
    return queued;
  }
}
