package th.obec.esa.ict.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.obec.esa.ict.notifications.api.MailChoice;
import th.obec.esa.ict.notifications.api.MailPreferences;

/** The page /notifications.xhtml: one's own choice of mail notifications. */
@Named
@RequestScoped
public class MailChoiceBacking {

  @EJB
  private MailPreferences preferences;

  @Inject
  private CurrentUser currentUser;

  private MailChoice choice;
  private boolean immediate;

  public void load() {
    choice = preferences.of(currentUser.actor());
    immediate = choice.immediateDecisions();
  }

  public void save() {
    choice = preferences.choose(currentUser.actor(), immediate);
    immediate = choice.immediateDecisions();
    Messages.info("mail.saved");
  }

  public MailChoice getChoice() {
    if (choice == null) {
      load();
    }
    return choice;
  }

  public boolean isImmediate() { return immediate; }
  public void setImmediate(boolean immediate) { this.immediate = immediate; }
}
