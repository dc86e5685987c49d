package th.obec.esa.ict.core.jobs;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import javax.sql.DataSource;
import th.obec.esa.ict.core.api.JobRuns;
import th.obec.esa.ict.core.schema.SchemaMigration;

/**
 * The claims of {@link JobRuns} in table {@code core_job_run}, each in a transaction of its own so
 * that it is decided (committed) before the job starts and stays when the job fails. Two instances
 * claiming at once both try the insert; PostgreSQL makes the second wait for the first and then
 * refuses it with a unique violation (SQL state 23505), which is the "no".
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobRunService implements JobRuns {

  private static final Logger LOG = Logger.getLogger(JobRunService.class.getName());
  static final String UNIQUE_VIOLATION = "23505";

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  private DataSource dataSource;

  Clock clock = Clock.systemUTC();

  /** The Payara instance's name (ict-1, ict-2 in config/payara/cluster.sh), else "server". */
  static String instance() {
    return System.getProperty("com.sun.aas.instanceName", "server");
  }

  @Override
  public boolean claim(String job, LocalDate day) {
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert = c.prepareStatement("INSERT INTO core_job_run (job, run_day, instance, claimed_at)"
            + " SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM core_job_run WHERE job = ? AND run_day = ?)")) {
      insert.setString(1, job);
      insert.setObject(2, day);
      insert.setString(3, instance());
      insert.setObject(4, now);
      insert.setString(5, job);
      insert.setObject(6, day);
      boolean mine = insert.executeUpdate() == 1;
      LOG.info(() -> "job " + job + " for " + day + (mine ? ": run by " : ": already claimed, not run by ") + instance());
      return mine;
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        LOG.info(() -> "job " + job + " for " + day + ": claimed by another instance at the same moment, not run by "
            + instance());
        return false;
      }
      throw new IllegalStateException("the run of " + job + " for " + day + " could not be claimed", e);
    }
  }

  @Override
  public void finished(String job, LocalDate day, String outcome) {
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    String kept = outcome == null ? null : outcome.length() > 200 ? outcome.substring(0, 200) : outcome;
    try (Connection c = dataSource.getConnection();
        PreparedStatement update = c.prepareStatement(
            "UPDATE core_job_run SET finished_at = ?, outcome = ? WHERE job = ? AND run_day = ? AND instance = ?")) {
      update.setObject(1, now);
      update.setString(2, kept);
      update.setString(3, job);
      update.setObject(4, day);
      update.setString(5, instance());
      update.executeUpdate();
      LOG.info(() -> "job " + job + " for " + day + " finished on " + instance() + ": " + kept);
    } catch (SQLException e) {
      throw new IllegalStateException("the end of " + job + " for " + day + " could not be recorded", e);
    }
  }
}
