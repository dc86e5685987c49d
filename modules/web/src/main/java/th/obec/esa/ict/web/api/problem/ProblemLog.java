package th.obec.esa.ict.web.api.problem;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Client errors are the client's: one FINE line each, never a stack trace, so the log keeps the real faults. */
final class ProblemLog {

  static final Logger LOG = Logger.getLogger("th.obec.esa.ict.web.api.problem");

  private ProblemLog() {}

  static void client(int status, String key, Throwable e) {
    if (LOG.isLoggable(Level.FINE)) {
      LOG.fine(() -> "API client error " + status + " " + key + ": " + (e == null ? "" : e.getClass().getSimpleName()
          + " " + String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
    }
  }
}
