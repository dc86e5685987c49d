package th.obec.esa.ict.web.shell;

import java.time.DateTimeException;
import java.util.logging.Level;
import java.util.logging.Logger;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.security.AccessDeniedException;

/**
 * Which failures of a page request are the client's (a tampered parameter or form field, an id
 * that does not exist, an expired view) and so answer 4xx with one FINE log line, and which are
 * real faults (500, logged SEVERE with their stack trace by the container).
 */
public final class ClientErrors {

  static final Logger LOG = Logger.getLogger(ClientErrors.class.getName());

  private ClientErrors() {}

  /** The status a client error answers, or 0 when the failure is a real fault. */
  public static int status(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof AccessDeniedException) {
        return 403;
      }
      if (t instanceof BusinessException b) {
        return b.key().endsWith(".notFound") ? 404 : 400;
      }
      String name = t.getClass().getName();
      if (t instanceof NumberFormatException || t instanceof DateTimeException
          || name.equals("jakarta.faces.convert.ConverterException")
          || name.equals("jakarta.faces.validator.ValidatorException")
          || name.equals("jakarta.faces.application.ProtectedViewException")
          // a form post without the page's PrimeFaces nonce: not sent by a browser that loaded the page
          || name.equals("org.primefaces.csp.CspException")
          || name.equals("jakarta.faces.application.ViewExpiredException")
          // a GET or post carrying a view state this session never had ("stateless" on a stateful view)
          || name.equals("jakarta.faces.FacesException") && String.valueOf(t.getMessage()).startsWith("Unable to restore view")
          || name.equals("jakarta.faces.view.facelets.FaceletException") && String.valueOf(t.getMessage()).contains("not found")) {
        return 400;
      }
      if (t instanceof IllegalArgumentException && String.valueOf(t.getMessage()).startsWith("No enum constant")) {
        return 400; // a tampered select or parameter naming no such value
      }
    }
    return 0;
  }

  public static void log(int status, String uri, Throwable e) {
    if (LOG.isLoggable(Level.FINE)) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      String what = root.getClass().getSimpleName() + " " + String.valueOf(root.getMessage()).lines().findFirst().orElse("");
      LOG.fine(() -> "page client error " + status + " " + uri + ": " + what);
    }
  }
}
