package th.obec.esa.ict.traffic.retention;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import th.obec.esa.ict.platform.audit.AuditTrail;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.traffic.chain.ChainHead;
import th.obec.esa.ict.core.integrity.ChainKey;
import th.obec.esa.ict.traffic.chain.ChainStore;
import th.obec.esa.ict.traffic.chain.PurgeRange;

/**
 * The daily retention job. Rows past the retention period and not under an extension in force are
 * deleted run by run, and each run is written to {@code trf_purge} with its last hash, so the chain
 * stays verifiable across the gap and a gap without such a row is known to be a deletion. The
 * head's seq and hash are logged every day: copied out of the database (server log, syslog),
 * they make even a rewrite of the whole table detectable.
 */
@Stateless
public class PurgeJob {

  @jakarta.inject.Inject
  private th.obec.esa.ict.core.api.JobRuns runs;

  private static final Logger LOG = Logger.getLogger(PurgeJob.class.getName());

  /** Who the audit trail names for the scheduled purge. */
  public static final String SYSTEM_UID = "system";

  @Resource(lookup = "java:app/jdbc/ict")
  private DataSource dataSource;

  @PersistenceContext(unitName = "traffic")
  private EntityManager em;

  @EJB
  private AuditTrail audit;

  @Inject
  @ConfigProperty(name = "ict.traffic.retention-days", defaultValue = "90")
  int retentionDays;

  @Schedule(hour = "2", minute = "30", persistent = false, info = "traffic record retention")
  void daily() {
    java.time.LocalDate today = java.time.LocalDate.now(th.obec.esa.ict.platform.time.OfficeTime.ZONE);
    if (!runs.claim("traffic.purge", today)) {
      return;
    }
    PurgeResult r = purge(OffsetDateTime.now());
    LOG.info(() -> "traffic record: purged " + r.rows() + " rows in " + r.runs() + " runs older than " + r.cutoff());
    runs.finished("traffic.purge", today, "purged " + r.rows());
  }

  public RetentionPolicy policy() {
    if (retentionDays < RetentionPolicy.MINIMUM_DAYS) {
      LOG.warning(() -> "ict.traffic.retention-days=" + retentionDays + " is below the legal minimum; "
          + RetentionPolicy.MINIMUM_DAYS + " days are kept");
    }
    return new RetentionPolicy(retentionDays);
  }

  /** Purges as of {@code now} (the scheduled run passes the clock; tests pass a day of their choice). */
  public PurgeResult purge(OffsetDateTime now) {
    RetentionPolicy policy = policy();
    List<ExtensionWindow> extensions = em.createNamedQuery("Extension.findActive", Extension.class)
        .setParameter("day", now.toLocalDate()).getResultStream().map(Extension::window).toList();
    OffsetDateTime cutoff = policy.cutoff(now);
    PurgePlan plan = new PurgePlan(policy, now, extensions);
    try (Connection c = dataSource.getConnection()) {
      ChainHead head = ChainStore.lockHead(c);
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT seq, occurred_at, row_hash FROM trf_record WHERE occurred_at < ? ORDER BY seq")) {
        ps.setFetchSize(5000);
        ps.setObject(1, cutoff);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            plan.accept(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3));
          }
        }
      }
      List<PurgeRange> runs = plan.runs();
      for (PurgeRange run : runs) {
        delete(c, run, cutoff, now);
      }
      LOG.info(() -> "traffic record: chain head seq=" + head.seq() + " hash=" + head.hash());
      audit.record(Actor.self(SYSTEM_UID), "traffic.purged", "traffic", "retention",
          "rows=" + plan.rows() + " runs=" + runs.size() + " cutoff=" + cutoff + " retentionDays=" + policy.days()
              + " extensions=" + extensions.size() + " head=" + head.seq() + ":" + head.hash());
      return new PurgeResult(cutoff, plan.rows(), runs.size());
    } catch (SQLException e) {
      throw new IllegalStateException("purging the traffic record failed", e);
    }
  }

  private void delete(Connection c, PurgeRange run, OffsetDateTime cutoff, OffsetDateTime now) throws SQLException {
    long id;
    try (PreparedStatement ps = c.prepareStatement(nextIdSql(c)); ResultSet rs = ps.executeQuery()) {
      rs.next();
      id = rs.getLong(1);
    }
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM trf_record WHERE seq BETWEEN ? AND ?")) {
      ps.setLong(1, run.firstSeq());
      ps.setLong(2, run.lastSeq());
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO trf_purge (id, first_seq, last_seq, last_hash, "
        + "row_count, cutoff, purged_at, anchor_mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, id);
      ps.setLong(2, run.firstSeq());
      ps.setLong(3, run.lastSeq());
      ps.setString(4, run.lastHash());
      ps.setLong(5, run.lastSeq() - run.firstSeq() + 1);
      ps.setObject(6, cutoff);
      ps.setObject(7, now);
      ps.setString(8, ChainKey.configured().purgeMac(run.firstSeq(), run.lastSeq(), run.lastHash()));
      ps.executeUpdate();
    }
  }

  private static String nextIdSql(Connection c) throws SQLException {
    return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")
        ? "SELECT nextval('trf_purge_seq')"
        : "SELECT NEXT VALUE FOR trf_purge_seq";
  }
}
