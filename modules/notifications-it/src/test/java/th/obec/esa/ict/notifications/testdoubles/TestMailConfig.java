package th.obec.esa.ict.notifications.testdoubles;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import th.obec.esa.ict.notifications.mail.MailConfig;
import th.obec.esa.ict.notifications.mail.MailSettings;

/** Mail settings the test sets; the timers stay off, so the test drives every pass itself. */
@Alternative
@Priority(100)
@ApplicationScoped
public class TestMailConfig extends MailConfig {

  private static volatile MailSettings settings = new MailSettings("", 25, MailSettings.NONE, null, null, null,
      "http://localhost:8080");

  public static void set(MailSettings s) {
    settings = s;
  }

  @Override
  public MailSettings settings() {
    return settings;
  }

  @Override
  public boolean timersOn() {
    return false;
  }
}
