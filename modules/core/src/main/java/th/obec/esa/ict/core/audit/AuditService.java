package th.obec.esa.ict.core.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import th.obec.esa.ict.core.integrity.ChainKey;
import th.obec.esa.ict.core.schema.SchemaMigration;
import th.obec.esa.ict.platform.audit.AuditTrail;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;

/**
 * Writes audit entries in the caller's transaction ({@code MANDATORY}): an entry without the
 * change it describes cannot be committed, and a rolled-back change takes its entry with it.
 *
 * <p>Each entry is appended to the audit chain ({@link AuditChain}) in that same transaction: the
 * chain head row ({@code core_audit_chain}) is locked ({@code SELECT … FOR UPDATE}), so concurrent
 * writers, on this instance or another, take seq one after the other and never fork the chain; the
 * lock is held until the caller's transaction ends. A rolled-back transaction gives its seq back.
 */
@Stateless
@Local(AuditTrail.class)
@LocalBean
public class AuditService implements AuditTrail {

  @PersistenceContext(unitName = "core")
  private EntityManager em;

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  private DataSource dataSource;

  private final Clock clock = Clock.systemUTC();

  @Override
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(Actor actor, String action, String subjectType, String subjectId, String detail) {
    // microseconds: what both databases keep, so the entry reads back as the text that was linked
    AuditEntry entry = new AuditEntry(actor, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS), action,
        subjectType, subjectId, detail);
    Object[] head = (Object[]) em.createNativeQuery(
        "SELECT last_seq, last_link FROM core_audit_chain WHERE id = 1 FOR UPDATE").getSingleResult();
    long seq = ((Number) head[0]).longValue() + 1;
    String previous = (String) head[1];
    ChainKey key = ChainKey.configured();
    String link = key.link(previous, AuditChain.canonical(seq, entry));
    entry.chain(seq, previous, link);
    em.persist(entry);
    em.createNativeQuery("UPDATE core_audit_chain SET last_seq = ?1, last_link = ?2, head_mac = ?3 WHERE id = 1")
        .setParameter(1, seq).setParameter(2, link).setParameter(3, key.auditHeadMac(seq, link))
        .executeUpdate();
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<AuditEntry> forSubject(String subjectType, String subjectId) {
    return em.createNamedQuery("AuditEntry.findBySubject", AuditEntry.class)
        .setParameter("type", subjectType).setParameter("id", subjectId).getResultList();
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<AuditEntry> recent(int max) {
    return em.createNamedQuery("AuditEntry.findRecent", AuditEntry.class).setMaxResults(max).getResultList();
  }

  /**
   * Walks the whole audit chain up to the head of this moment and names the first broken link:
   * entries changed (their link no longer follows), deleted (a gap in seq), a missing end, a head
   * the chain key did not sign. Auditors only; the verification is itself recorded (after the walk).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public AuditChain.Report verify(Actor actor) {
    actor.requireAnyRole(Roles.AUDITOR);
    ChainKey key = ChainKey.configured();
    AuditChain.Report report;
    try (Connection c = dataSource.getConnection()) {
      long headSeq;
      String headLink;
      String headMac;
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT last_seq, last_link, head_mac FROM core_audit_chain WHERE id = 1");
          ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("core_audit_chain has no head row: the V1_2 migration did not run");
        }
        headSeq = rs.getLong(1);
        headLink = rs.getString(2);
        headMac = rs.getString(3);
      }
      long beforeChain;
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM core_audit WHERE chain_seq IS NULL");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        beforeChain = rs.getLong(1);
      }
      AuditChain.Verifier verifier = new AuditChain.Verifier(key);
      try (PreparedStatement ps = c.prepareStatement("SELECT chain_seq, at_time, actor_uid, acting_for_uid, basis, "
          + "action, subject_type, subject_id, detail, prev_link, link FROM core_audit "
          + "WHERE chain_seq IS NOT NULL AND chain_seq <= ? ORDER BY chain_seq")) {
        ps.setFetchSize(5000);
        ps.setLong(1, headSeq);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long seq = rs.getLong(1);
            verifier.accept(new AuditChain.Row(seq, AuditChain.canonical(seq, rs.getObject(2, OffsetDateTime.class),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9)), rs.getString(10), rs.getString(11)));
          }
        }
      }
      boolean signed = headSeq == 0 || ChainKey.same(key.auditHeadMac(headSeq, headLink), headMac);
      report = verifier.finish(headSeq, headLink, signed, beforeChain);
    } catch (SQLException e) {
      throw new IllegalStateException("verifying the audit trail failed", e);
    }
    record(actor, "audit.verified", "audit", "chain", "head=" + report.headSeq() + " entries="
        + report.entriesChecked() + " findings=" + report.totalFindings() + " firstBroken=" + report.getFirstBrokenSeq());
    return report;
  }

  /** The chain head of this moment and the number of entries kept, for the daily anchor. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public AuditChain.Head head() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT h.last_seq, h.last_link, (SELECT COUNT(*) FROM core_audit) "
            + "FROM core_audit_chain h WHERE h.id = 1");
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new IllegalStateException("core_audit_chain has no head row: the V1_2 migration did not run");
      }
      return new AuditChain.Head(rs.getLong(1), rs.getString(2), rs.getLong(3));
    } catch (SQLException e) {
      throw new IllegalStateException("reading the audit chain head failed", e);
    }
  }
}
