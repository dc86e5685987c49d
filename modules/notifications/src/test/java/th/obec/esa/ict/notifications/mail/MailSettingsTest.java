package th.obec.esa.ict.notifications.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

  private static MailSettings of(Map<String, String> values) {
    return MailSettings.of(name -> Optional.ofNullable(values.get(name)));
  }

  @Test
  void noServerMeansMailIsOffWithoutAnyComplaint() {
    MailSettings s = of(Map.of());
    assertFalse(s.enabled());
    assertNull(s.problem());
    assertFalse(of(Map.of("ict.mail.smtp.host", "  ", "ict.mail.from", "ict@office.go.th")).enabled());
  }

  @Test
  void aServerWithoutASenderIsOffAndSaysWhy() {
    MailSettings s = of(Map.of("ict.mail.smtp.host", "smtp.office.go.th"));
    assertFalse(s.enabled());
    assertNotNull(s.problem());
  }

  @Test
  void defaultsToStarttlsOn587AndThePortFollowsTheTlsMode() {
    MailSettings s = of(Map.of("ict.mail.smtp.host", "smtp.office.go.th", "ict.mail.from", "ict@office.go.th"));
    assertTrue(s.enabled());
    assertEquals(587, s.port());
    assertEquals("true", s.properties().getProperty("mail.smtp.starttls.required"));
    assertEquals("false", s.properties().getProperty("mail.smtp.auth"));
    MailSettings ssl = of(Map.of("ict.mail.smtp.host", "h", "ict.mail.from", "f@x", "ict.mail.smtp.tls", "SSL"));
    assertEquals(465, ssl.port());
    assertEquals("smtps", ssl.properties().getProperty("mail.transport.protocol"));
    assertEquals("h", ssl.properties().getProperty("mail.smtps.host"));
    MailSettings none = of(Map.of("ict.mail.smtp.host", "h", "ict.mail.from", "f@x", "ict.mail.smtp.tls", "none",
        "ict.mail.smtp.port", "2525", "ict.mail.smtp.user", "ict"));
    assertEquals(2525, none.port());
    assertNull(none.properties().getProperty("mail.smtp.starttls.enable"));
    assertEquals("true", none.properties().getProperty("mail.smtp.auth"));
  }

  @Test
  void linksHangOffTheBaseUrlWithoutADoubleSlashAndThePasswordIsNeverPrinted() {
    MailSettings s = of(Map.of("ict.mail.smtp.host", "h", "ict.mail.from", "f@x", "ict.mail.base-url",
        "https://intranet.office.local/", "ict.mail.smtp.password", "s3cret"));
    assertEquals("https://intranet.office.local/forms/inbox.xhtml", s.link("/forms/inbox.xhtml"));
    assertFalse(s.toString().contains("s3cret"));
  }
}
