package th.obec.esa.ict.web.api.problem;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Client errors are the client's: one FINE line each, never a stack trace, so the log keeps the real faults. */
final class ProblemLog {

  static final Logger LOG = Logger.getLogger("th.obec.esa.ict.web.api.problem");

  private ProblemLog() {}

  static void client(int status, String key, Throwable e) {
    if (LOG.isLoggable(Level.FINE)) {
      StringBuilder why = new StringBuilder();
      for (Throwable t = e; t != null && why.length() < 1000; t = t.getCause() == t ? null : t.getCause()) {
        why.append(" <- ").append(t.getClass().getSimpleName()).append(' ')
            .append(String.valueOf(t.getMessage()).lines().findFirst().orElse(""));
      }
      LOG.fine("API client error " + status + " " + key + why);
    }
  }
}
