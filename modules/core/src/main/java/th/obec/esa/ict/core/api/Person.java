package th.obec.esa.ict.core.api;

import java.io.Serializable;
import java.util.Set;

/**
 * A person of the directory as a notification needs them: user id, Thai name, mail address (the
 * directory's {@code mail}, or null) and application roles.
 */
public record Person(String uid, String thaiName, String mail, Set<String> roles) implements Serializable {

  /** Whether a mail can be sent to them. */
  public boolean hasMail() {
    return mail != null && !mail.isBlank() && mail.contains("@");
  }
}
