package th.obec.esa.ict.notifications.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The {@link MailSettings} of the moment, read from MicroProfile Config on each call (a handful of
 * look-ups; a changed setting applies at the next timer run). A setting that cannot work is
 * logged once as a WARNING; no setting at all is silence.
 */
@ApplicationScoped
public class MailConfig {

  private static final Logger LOG = Logger.getLogger(MailConfig.class.getName());

  private final AtomicReference<String> warned = new AtomicReference<>();

  public MailSettings settings() {
    MailSettings s = MailSettings.from(ConfigProvider.getConfig());
    String problem = s.problem();
    if (problem != null && !problem.equals(warned.getAndSet(problem))) {
      LOG.warning("mail: " + problem);
    }
    return s;
  }

  /** Whether the timers act (always in the application; a module test turns them off to drive them itself). */
  public boolean timersOn() {
    return true;
  }
}
