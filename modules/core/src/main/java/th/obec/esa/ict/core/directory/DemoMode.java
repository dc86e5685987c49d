package th.obec.esa.ict.core.directory;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Demo mode ({@code ict.demo=true}, set by the README's Run command and the system tests' domain)
 * is the only mode in which the embedded directory with its demo accounts runs. A start without
 * it is a production start: it must name the office's directory, or it refuses to become ready
 * ({@code /health/ready} DOWN with the reason) and says why in the log. Production fails closed:
 * forgetting {@code ICT_LDAP_EMBEDDED=false} no longer lets anyone in with the password "demo".
 */
public final class DemoMode {

  /** The embedded directory's default address (config/ldap/demo.ldif on port 10389). */
  static final String DEMO_URL = "ldap://localhost:10389";
  static final String DEMO_BIND_PASSWORD = "intranet-demo";

  private DemoMode() {}

  public static boolean on() {
    return on(ConfigProvider.getConfig());
  }

  static boolean on(Config c) {
    return c.getOptionalValue("ict.demo", Boolean.class).orElse(false);
  }

  /** Why this start may not serve anyone; empty when it may. */
  public static List<String> problems() {
    return problems(ConfigProvider.getConfig());
  }

  static List<String> problems(Config c) {
    List<String> problems = new ArrayList<>();
    if (on(c)) {
      return problems;
    }
    if (c.getOptionalValue("ict.ldap.embedded", Boolean.class).orElse(false)) {
      problems.add("the embedded demo directory is switched on (ict.ldap.embedded=true) but this is not a demo start"
          + " (ict.demo is not true): set ICT_LDAP_EMBEDDED=false and ICT_LDAP_URL to the office's directory");
    }
    String url = c.getOptionalValue("ict.ldap.url", String.class).orElse("");
    if (url.isBlank() || url.equalsIgnoreCase(DEMO_URL)) {
      problems.add("no directory is configured (ict.ldap.url is " + (url.isBlank() ? "empty" : "the demo's " + url)
          + "): set ICT_LDAP_URL to the office's LDAP or Active Directory");
    }
    if (DEMO_BIND_PASSWORD.equals(c.getOptionalValue("ict.ldap.bind-password", String.class).orElse(null))) {
      problems.add("the directory bind password is the demo's (ict.ldap.bind-password): set ICT_LDAP_BIND_DN and"
          + " ICT_LDAP_BIND_PASSWORD to the office's service account");
    }
    return problems;
  }
}
