package th.obec.esa.ict.platform.diagnostics;

import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.sessions.SessionProfiler;
import org.eclipse.persistence.sessions.SessionProfilerAdapter;

/**
 * The {@code eclipselink.profiler} of every persistence unit: EclipseLink tells it of each
 * statement it prepares, and it counts them in {@link SqlStatements}. It ignores every other
 * operation, so it costs a string comparison per profiled step.
 */
public final class SqlStatementProfiler extends SessionProfilerAdapter {

  @Override
  public int getProfileWeight() {
    return SessionProfiler.ALL;
  }

  @Override
  public void startOperationProfile(String operationName, DatabaseQuery query, int weight) {
    if (SessionProfiler.SqlPrepare.equals(operationName)) {
      SqlStatements.prepared(SqlStatements.naming() ? name(query) : null);
    }
  }

  /** The named query, else the kind of query and its entity ("ReadAllQuery Step"). */
  static String name(DatabaseQuery query) {
    if (query == null) {
      return "(batch)";
    }
    if (query.getName() != null && !query.getName().isEmpty()) {
      return query.getName();
    }
    Class<?> entity = query.getReferenceClass();
    return query.getClass().getSimpleName() + (entity == null ? "" : " " + entity.getSimpleName());
  }
}
