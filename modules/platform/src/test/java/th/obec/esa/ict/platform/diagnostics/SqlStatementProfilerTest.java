package th.obec.esa.ict.platform.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.sessions.SessionProfiler;
import org.junit.jupiter.api.Test;

class SqlStatementProfilerTest {

  private final SqlStatementProfiler profiler = new SqlStatementProfiler();

  @Test
  void countsPreparedStatementsOnlyAndOnlyOnItsOwnThread() throws Exception {
    SqlStatements.reset();
    profiler.startOperationProfile(SessionProfiler.SqlPrepare, null, SessionProfiler.ALL);
    profiler.startOperationProfile(SessionProfiler.StatementExecute, null, SessionProfiler.ALL);
    profiler.startOperationProfile(SessionProfiler.ObjectBuilding, null, SessionProfiler.ALL);
    profiler.startOperationProfile(SessionProfiler.SqlPrepare, null, SessionProfiler.ALL);
    assertEquals(2, SqlStatements.count());

    AtomicInteger elsewhere = new AtomicInteger(-1);
    Thread other = new Thread(() -> {
      profiler.startOperationProfile(SessionProfiler.SqlPrepare, null, SessionProfiler.ALL);
      elsewhere.set(SqlStatements.count());
    });
    other.start();
    other.join();
    assertEquals(1, elsewhere.get(), "the other thread counts its own");
    assertEquals(2, SqlStatements.count(), "and not into this thread's count");

    SqlStatements.reset();
    assertEquals(0, SqlStatements.count());
  }

  @Test
  void namesTheQueriesWhenAskedTo() {
    SqlStatements.reset(true);
    org.eclipse.persistence.queries.ReadAllQuery named = new org.eclipse.persistence.queries.ReadAllQuery(String.class);
    named.setName("Submission.inStates");
    profiler.startOperationProfile(SessionProfiler.SqlPrepare, named, SessionProfiler.ALL);
    profiler.startOperationProfile(SessionProfiler.SqlPrepare, named, SessionProfiler.ALL);
    profiler.startOperationProfile(SessionProfiler.SqlPrepare, new org.eclipse.persistence.queries.ReadObjectQuery(Integer.class),
        SessionProfiler.ALL);
    profiler.startOperationProfile(SessionProfiler.SqlPrepare, null, SessionProfiler.ALL);
    assertEquals(java.util.Map.of("Submission.inStates", 2, "ReadObjectQuery Integer", 1, "(batch)", 1), SqlStatements.byQuery());
    SqlStatements.reset();
    assertEquals(java.util.Map.of(), SqlStatements.byQuery());
  }

  @Test
  void asksToBeToldOfEveryOperation() {
    assertEquals(SessionProfiler.ALL, profiler.getProfileWeight());
  }
}
