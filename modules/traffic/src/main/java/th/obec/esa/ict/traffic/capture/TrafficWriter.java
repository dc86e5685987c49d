package th.obec.esa.ict.traffic.capture;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import th.obec.esa.ict.traffic.api.TrafficEntry;
import th.obec.esa.ict.traffic.chain.ChainHead;
import th.obec.esa.ict.traffic.chain.ChainStore;

/**
 * Stores one batch in its own transaction: a batch is chained and committed whole or not at all,
 * so a failure leaves no half-written stretch of chain, and the queue's owner can retry it.
 */
@Stateless
public class TrafficWriter {

  @Resource(lookup = "java:app/jdbc/ict")
  private DataSource dataSource;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ChainHead write(List<TrafficEntry> batch) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return ChainStore.append(c, batch);
    }
  }
}
