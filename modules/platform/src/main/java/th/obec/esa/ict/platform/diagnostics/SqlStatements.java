package th.obec.esa.ict.platform.diagnostics;

/**
 * The SQL statements EclipseLink prepared on the current thread, across every persistence unit of
 * the application (counted by {@link SqlStatementProfiler}; a batch of writes counts once). The web
 * layer resets the count when a request starts and reads it when the request ends: a page's or an
 * API call's statements, which the budgets of issue 16 bound (home ≤ 10, inbox ≤ 12, approve ≤ 20).
 *
 * <p>The count is per thread: an EJB called synchronously runs on the request's thread, so its
 * statements are counted; work handed to another thread (the traffic writer, timers) is not.
 */
public final class SqlStatements {

  private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

  private SqlStatements() {}

  /** Starts a new count on this thread. */
  public static void reset() {
    COUNT.get()[0] = 0;
  }

  /** The statements prepared on this thread since {@link #reset()}. */
  public static int count() {
    return COUNT.get()[0];
  }

  static void prepared() {
    COUNT.get()[0]++;
  }
}
