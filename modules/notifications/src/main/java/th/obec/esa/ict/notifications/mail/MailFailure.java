package th.obec.esa.ict.notifications.mail;

/** Sending a mail failed; {@code permanent} when the server refused the address (trying again would not help). */
public class MailFailure extends Exception {

  private static final long serialVersionUID = 1L;

  private final boolean permanent;

  public MailFailure(String message, boolean permanent, Throwable cause) {
    super(message, cause);
    this.permanent = permanent;
  }

  public boolean isPermanent() {
    return permanent;
  }
}
