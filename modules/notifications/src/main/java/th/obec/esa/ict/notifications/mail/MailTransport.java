package th.obec.esa.ict.notifications.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * Sends one plain-text UTF-8 mail over SMTP with Jakarta Mail (the server's own implementation;
 * nothing bundled), with the settings of the moment.
 */
@ApplicationScoped
public class MailTransport {

  /** Sends it, or says why not. */
  public void send(MailSettings settings, String to, String subject, String body) throws MailFailure {
    Session session = Session.getInstance(settings.properties(), authenticator(settings));
    try {
      MimeMessage m = new MimeMessage(session);
      m.setFrom(new InternetAddress(settings.from(), true));
      m.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
      m.setSubject(subject, StandardCharsets.UTF_8.name());
      m.setText(body, StandardCharsets.UTF_8.name());
      m.setSentDate(new Date());
      Transport.send(m);
    } catch (AddressException e) {
      throw new MailFailure("invalid address: " + e.getMessage(), true, e);
    } catch (SendFailedException e) {
      boolean refused = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
      throw new MailFailure(e.getMessage(), refused, e);
    } catch (MessagingException e) {
      throw new MailFailure(e.getMessage(), false, e);
    }
  }

  private static Authenticator authenticator(MailSettings s) {
    if (s.user() == null || s.user().isBlank()) {
      return null;
    }
    return new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return new PasswordAuthentication(s.user(), s.password() == null ? "" : s.password());
      }
    };
  }
}
