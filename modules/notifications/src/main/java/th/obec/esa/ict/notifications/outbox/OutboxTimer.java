package th.obec.esa.ict.notifications.outbox;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import th.obec.esa.ict.notifications.event.Dispatcher;
import th.obec.esa.ict.notifications.mail.MailConfig;
import th.obec.esa.ict.notifications.mail.MailSettings;

/**
 * Every minute ({@code ict.mail.poll-seconds}, 60): turns the recorded steps into immediate mails,
 * then sends what is due. A non-persistent interval timer, like the other jobs' schedules; every
 * instance of a cluster runs it, and the claims keep each step dispatched once and each mail sent
 * once. Does nothing while mail is off. The first pass waits half a minute after start, when the
 * schema is migrated.
 */
@Singleton
@Startup
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

  @Resource
  private TimerService timers;

  @PostConstruct
  void schedule() {
    long seconds = Math.max(1, ConfigProvider.getConfig().getOptionalValue("ict.mail.poll-seconds", Long.class)
        .orElse(60L));
    timers.createIntervalTimer(30_000L, seconds * 1000L, new TimerConfig("notifications: outbox", false));
  }

  @Timeout
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
