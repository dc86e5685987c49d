package th.obec.esa.ict.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.time.ThaiDates;

/**
 * Messages by key, in the user's language, from the shell's bundle and every feature's bundle.
 * A business exception becomes a message next to its field when it names one.
 */
public final class Messages {

  /** The bundles searched for a key, in order: the shell's first, then each feature's. */
  static final List<String> BUNDLES = List.of(
      "th.obec.esa.ict.web.i18n.messages",
      "th.obec.esa.ict.web.i18n.organization",
      "th.obec.esa.ict.web.i18n.assets",
      "th.obec.esa.ict.web.i18n.delegation",
      "th.obec.esa.ict.web.i18n.forms",
      "th.obec.esa.ict.web.i18n.traffic",
      "th.obec.esa.ict.web.i18n.evaluation",
      "th.obec.esa.ict.web.i18n.records",
      "th.obec.esa.ict.web.i18n.reports");

  private Messages() {}

  public static Locale locale() {
    FacesContext fc = FacesContext.getCurrentInstance();
    return fc != null && fc.getViewRoot() != null ? fc.getViewRoot().getLocale() : ThaiDates.THAI;
  }

  /** The text of a key in the current language; the key itself when no bundle has it. */
  public static String text(String key, Object... args) {
    return text(locale(), key, args);
  }

  public static String text(Locale locale, String key, Object... args) {
    for (String base : BUNDLES) {
      try {
        ResourceBundle b = ResourceBundle.getBundle(base, locale, Messages.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        if (b.containsKey(key)) {
          String pattern = b.getString(key);
          return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        }
      } catch (MissingResourceException e) {
        // that feature has no bundle (yet): look in the next one
      }
    }
    return key;
  }

  public static void info(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_INFO, text(key, args));
  }

  public static void error(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_ERROR, text(key, args));
  }

  /** Shows a refused action: next to its field when it names one, else at the top of the page. */
  public static void error(BusinessException e) {
    add(e.field(), FacesMessage.SEVERITY_ERROR, text(e.key(), e.args()));
  }

  /**
   * Shows a refused action next to the field where the user would put it right (a card's reason),
   * on a page where the exception's own field is not (it names the field of the form that filed it).
   */
  public static void errorAt(String clientId, BusinessException e) {
    add(clientId != null ? clientId : e.field(), FacesMessage.SEVERITY_ERROR, text(e.key(), e.args()));
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
