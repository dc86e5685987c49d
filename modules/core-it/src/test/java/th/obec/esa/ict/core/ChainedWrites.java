package th.obec.esa.ict.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import th.obec.esa.ict.platform.audit.AuditTrail;
import th.obec.esa.ict.platform.security.Actor;

/**
 * CoreIT's writer: one transaction per call that first reads the database (as a service does before
 * it audits its change, so the transaction already holds its connection), then writes its entries.
 */
@Stateless
public class ChainedWrites {

  @EJB
  private AuditTrail audit;

  @Resource(lookup = "java:app/jdbc/ict")
  private DataSource dataSource;

  /** @return the nanoseconds spent in {@code record} (the chained append: head lock, link, head update) */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long write(String actor, String subjectId, int entries) {
    touch();
    long spent = 0;
    for (int i = 0; i < entries; i++) {
      long t0 = System.nanoTime();
      audit.record(Actor.self(actor), "test.chained", "test", subjectId, "entry " + i + " | with a bar \\ and a backslash");
      spent += System.nanoTime() - t0;
    }
    return spent;
  }

  /** The same transaction without an audit entry: the baseline the chained append is added to. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void nothing() {
    touch();
  }

  private void touch() {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM "
        + "core_audit_chain"); ResultSet rs = ps.executeQuery()) {
      rs.next();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
