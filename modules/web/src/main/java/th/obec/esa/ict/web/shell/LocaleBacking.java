package th.obec.esa.ict.web.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import th.obec.esa.ict.platform.time.ThaiDates;

/** The user's language: Thai first, English second; kept for the session. */
@Named("locale")
@SessionScoped
public class LocaleBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private Locale current = ThaiDates.THAI;

  public Locale getCurrent() {
    return current;
  }

  public String getLanguage() {
    return current.getLanguage();
  }

  public boolean isEnglishSelected() {
    return "en".equals(current.getLanguage());
  }

  /** Switches the language and stays on the same page. */
  public void change(String language) {
    current = "en".equals(language) ? Locale.ENGLISH : ThaiDates.THAI;
    FacesContext.getCurrentInstance().getViewRoot().setLocale(current);
  }

  /** True when the page being rendered is in English. */
  public static boolean isEnglish() {
    FacesContext fc = FacesContext.getCurrentInstance();
    return fc != null && fc.getViewRoot() != null && "en".equals(fc.getViewRoot().getLocale().getLanguage());
  }
}
