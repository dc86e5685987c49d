package th.obec.esa.ict.notifications.mail;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;

/**
 * The SMTP server and the mails' sender and links, from MicroProfile Config (environment
 * variables such as {@code ICT_MAIL_SMTP_HOST}):
 * <ul>
 *   <li>{@code ict.mail.smtp.host}: the server; unset or empty = no mail at all (the home page
 *       only), nothing queued and nothing logged;</li>
 *   <li>{@code ict.mail.smtp.port}: default 587 with STARTTLS, 465 with SSL, 25 without;</li>
 *   <li>{@code ict.mail.smtp.tls}: {@code starttls} (default, required), {@code ssl} or {@code none};</li>
 *   <li>{@code ict.mail.smtp.user}, {@code ict.mail.smtp.password}: when the server wants a sign-in;</li>
 *   <li>{@code ict.mail.from}: the sender address (required with a host);</li>
 *   <li>{@code ict.mail.base-url}: the intranet's address as people open it, for the links
 *       (default {@code http://localhost:8080}).</li>
 * </ul>
 */
public record MailSettings(String host, int port, String tls, String user, String password, String from,
    String baseUrl) {

  public static final String NONE = "none";
  public static final String STARTTLS = "starttls";
  public static final String SSL = "ssl";

  public static MailSettings from(Config c) {
    return of(name -> c.getOptionalValue(name, String.class));
  }

  /** The settings from a look-up of each setting by name (empty = unset). */
  public static MailSettings of(Function<String, Optional<String>> get) {
    Function<String, Optional<String>> value = name -> get.apply(name).map(String::strip).filter(v -> !v.isEmpty());
    String host = value.apply("ict.mail.smtp.host").orElse("");
    String tls = value.apply("ict.mail.smtp.tls").map(t -> t.toLowerCase(Locale.ROOT)).orElse(STARTTLS);
    int defaultPort = switch (tls) {
      case SSL -> 465;
      case NONE -> 25;
      default -> 587;
    };
    String base = value.apply("ict.mail.base-url").orElse("http://localhost:8080");
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return new MailSettings(host, value.apply("ict.mail.smtp.port").map(Integer::parseInt).orElse(defaultPort), tls,
        value.apply("ict.mail.smtp.user").orElse(null), get.apply("ict.mail.smtp.password").orElse(null),
        value.apply("ict.mail.from").orElse(null), base);
  }

  /** Whether mail is on: a server and a sender are set. */
  public boolean enabled() {
    return !host.isEmpty() && from != null && !from.isEmpty();
  }

  /** What is wrong with the settings, when a server is set but they cannot work; null when none is set or all is well. */
  public String problem() {
    if (host.isEmpty()) {
      return null;
    }
    if (from == null || from.isEmpty()) {
      return "ict.mail.smtp.host is set but ict.mail.from is not: no mail is sent";
    }
    if (!NONE.equals(tls) && !STARTTLS.equals(tls) && !SSL.equals(tls)) {
      return "ict.mail.smtp.tls must be starttls, ssl or none, not " + tls;
    }
    return null;
  }

  /** A page of the intranet, by its path ("/forms/inbox.xhtml"). */
  public String link(String path) {
    return baseUrl + path;
  }

  /** The Jakarta Mail session properties for these settings. */
  public Properties properties() {
    Properties p = new Properties();
    String proto = SSL.equals(tls) ? "smtps" : "smtp";
    p.setProperty("mail.transport.protocol", proto);
    p.setProperty("mail." + proto + ".host", host);
    p.setProperty("mail." + proto + ".port", String.valueOf(port));
    p.setProperty("mail." + proto + ".connectiontimeout", "10000");
    p.setProperty("mail." + proto + ".timeout", "20000");
    p.setProperty("mail." + proto + ".writetimeout", "20000");
    p.setProperty("mail." + proto + ".auth", String.valueOf(user != null && !user.isBlank()));
    if (STARTTLS.equals(tls)) {
      p.setProperty("mail.smtp.starttls.enable", "true");
      p.setProperty("mail.smtp.starttls.required", "true");
    }
    if (!NONE.equals(tls)) {
      p.setProperty("mail." + proto + ".ssl.checkserveridentity", "true");
    }
    return p;
  }

  @Override
  public String toString() {
    return "MailSettings[" + host + ":" + port + " " + tls + ", user " + user + ", from " + from + ", " + baseUrl + "]";
  }
}
