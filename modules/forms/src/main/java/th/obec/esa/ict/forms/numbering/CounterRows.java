package th.obec.esa.ict.forms.numbering;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Creates a register's counter row in a transaction of its own, so that the first submissions
 * of a new year racing to create it leave exactly one row and the losers simply use it. A new row
 * starts above the highest number already printed under its prefix in its period: numbers given
 * before the register was one per prefix (issue 17), or before a unit moved to a prefix of its own
 * and back, are never given again.
 */
@Stateless
public class CounterRows {

  @PersistenceContext(unitName = "forms")
  private EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void ensure(String prefix, int periodKey) {
    boolean exists = !em.createNamedQuery("Counter.find", Counter.class)
        .setParameter("prefix", prefix).setParameter("period", periodKey).getResultList().isEmpty();
    if (!exists) {
      em.persist(new Counter(prefix, periodKey, highestPrinted(prefix, periodKey)));
      em.flush();
    }
  }

  private int highestPrinted(String prefix, int periodKey) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(
            "SELECT number_text, running_no FROM frm_submission WHERE period_key = ?1 AND number_text LIKE ?2")
        .setParameter(1, periodKey).setParameter(2, like(prefix) + "/%").getResultList();
    int max = 0;
    for (Object[] r : rows) {
      if (r[1] == null) {
        continue;
      }
      int running = ((Number) r[1]).intValue();
      if ((prefix + "/" + running).equals(r[0])) {
        max = Math.max(max, running);
      }
    }
    return max;
  }

  private static String like(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
