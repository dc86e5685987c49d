package th.obec.esa.ict.forms.numbering;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Creates a register's counter row in a transaction of its own, so that the first submissions
 * of a new year racing to create it leave exactly one row and the losers simply use it.
 */
@Stateless
public class CounterRows {

  @PersistenceContext(unitName = "forms")
  private EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void ensure(String unitCode, int periodKey) {
    boolean exists = !em.createNamedQuery("Counter.find", Counter.class)
        .setParameter("unit", unitCode).setParameter("period", periodKey).getResultList().isEmpty();
    if (!exists) {
      em.persist(new Counter(unitCode, periodKey));
      em.flush();
    }
  }
}
