package th.obec.esa.ict.platform.diagnostics;

import java.util.Map;
import java.util.TreeMap;

/**
 * The SQL statements EclipseLink prepared on the current thread, across every persistence unit of
 * the application (counted by {@link SqlStatementProfiler}; a batch of writes counts once). The web
 * layer resets the count when a request starts and reads it when the request ends: a page's or an
 * API call's statements, which the budgets of issue 16 bound (home ≤ 10, inbox ≤ 12, approve ≤ 20).
 * Asked to, it also tells which queries they were ({@link #byQuery()}), to find the one run per item.
 *
 * <p>The count is per thread: an EJB called synchronously runs on the request's thread, so its
 * statements are counted; work handed to another thread (the traffic writer, timers) is not.
 */
public final class SqlStatements {

  private static final ThreadLocal<Tally> TALLY = ThreadLocal.withInitial(Tally::new);

  private SqlStatements() {}

  private static final class Tally {
    int count;
    Map<String, Integer> byQuery;
  }

  /** Starts a new count on this thread; {@code byQuery} also names the queries (costs a map). */
  public static void reset(boolean byQuery) {
    Tally t = TALLY.get();
    t.count = 0;
    t.byQuery = byQuery ? new TreeMap<>() : null;
  }

  /** Starts a new count on this thread. */
  public static void reset() {
    reset(false);
  }

  /** The statements prepared on this thread since {@link #reset()}. */
  public static int count() {
    return TALLY.get().count;
  }

  /** How many statements each query ran since {@link #reset(boolean) reset(true)}; empty otherwise. */
  public static Map<String, Integer> byQuery() {
    Map<String, Integer> m = TALLY.get().byQuery;
    return m == null ? Map.of() : Map.copyOf(m);
  }

  static boolean naming() {
    return TALLY.get().byQuery != null;
  }

  static void prepared(String query) {
    Tally t = TALLY.get();
    t.count++;
    if (t.byQuery != null) {
      t.byQuery.merge(query, 1, Integer::sum);
    }
  }
}
