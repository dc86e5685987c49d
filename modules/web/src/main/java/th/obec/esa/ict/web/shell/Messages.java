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
          if (args.length == 0) {
            return pattern;
          }
          MessageFormat format = new MessageFormat(pattern, locale);
          return format.format(words(locale, key, args, format.getFormatsByArgumentIndex()));
        }
      } catch (MissingResourceException e) {
        // that feature has no bundle (yet): look in the next one
      }
    }
    return key;
  }

  /**
   * The arguments as a reader wants them: whole numbers (ids, years, counts) as plain digits, not
   * "99,999,999"; and where the key has a companion {@code <key>.args} listing one key prefix per
   * argument ({@code forms.transition.|forms.state.}), a code argument ({@code APPROVED}) in words
   * ({@code forms.state.APPROVED} = อนุมัติแล้ว), so no raw enum name lands in a sentence.
   */
  static Object[] words(Locale locale, String key, Object[] args, java.text.Format[] formats) {
    Object[] out = args.clone();
    String prefixes = key.endsWith(".args") ? "" : text(locale, key + ".args");
    String[] each = prefixes.equals(key + ".args") ? new String[0] : prefixes.split("\\|", -1);
    for (int i = 0; i < out.length; i++) {
      Object a = out[i];
      boolean plain = i >= formats.length || formats[i] == null; // {0}, not {0,number,...} or {0,choice,...}
      if (plain && (a instanceof Long || a instanceof Integer || a instanceof Short || a instanceof java.math.BigInteger)) {
        out[i] = a.toString();
      } else if (plain && a != null && i < each.length && !each[i].isBlank()) {
        String code = a instanceof Enum<?> e ? e.name() : a.toString();
        String word = text(locale, each[i] + code);
        out[i] = word.equals(each[i] + code) ? code : word;
      }
    }
    return out;
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
    FacesContext fc = FacesContext.getCurrentInstance();
    fc.addMessage(clientIdOf(fc, clientId), new FacesMessage(severity, text, null));
  }

  /**
   * The client id of the input a business exception names by its plain id ("subject"), so that the
   * message lands in that input's {@code p:message} (role=alert, aria-live) next to it: the input is
   * "new:subject" in its form, and a message queued for "subject" would be shown nowhere. A full
   * client id (with ':') is kept. The input is marked invalid, so PrimeFaces draws it so and sets
   * aria-invalid="true". A field not on the page, or one without a message of its own, gives a
   * page-level message (never a message for an id nothing shows).
   */
  static String clientIdOf(FacesContext fc, String field) {
    if (field == null || field.contains(":") || fc == null || fc.getViewRoot() == null) {
      return field;
    }
    String[] found = {null};
    boolean[] shown = {false};
    jakarta.faces.component.UIComponent[] input = {null};
    fc.getViewRoot().visitTree(jakarta.faces.component.visit.VisitContext.createVisitContext(fc, null,
        java.util.EnumSet.of(jakarta.faces.component.visit.VisitHint.SKIP_UNRENDERED)), (ctx, c) -> {
          if (c instanceof jakarta.faces.component.UIMessage m && field.equals(m.getFor())) {
            shown[0] = true;
          } else if (found[0] == null && field.equals(c.getId())) {
            found[0] = c.getClientId(fc);
            input[0] = c;
          }
          return found[0] != null && shown[0] ? jakarta.faces.component.visit.VisitResult.COMPLETE
              : jakarta.faces.component.visit.VisitResult.ACCEPT;
        });
    if (found[0] == null || !shown[0]) {
      return null;
    }
    if (input[0] instanceof jakarta.faces.component.EditableValueHolder editable) {
      // drawn as invalid and marked aria-invalid, so the message's field is known without sight
      editable.setValid(false);
    }
    return found[0];
  }
}
