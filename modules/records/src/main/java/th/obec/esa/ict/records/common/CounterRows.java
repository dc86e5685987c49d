package th.obec.esa.ict.records.common;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Creates a register's counter row in a transaction of its own, so that the first records of a
 * new fiscal year racing to create it leave exactly one row (the unique constraint refuses the
 * second) and the losers simply use it.
 */
@Stateless
public class CounterRows {

  @PersistenceContext(unitName = "records")
  private EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void ensure(String formCode, int fiscalYear) {
    boolean exists = !em.createNamedQuery("RecordCounter.find", RecordCounter.class)
        .setParameter("form", formCode).setParameter("year", fiscalYear).getResultList().isEmpty();
    if (!exists) {
      em.persist(new RecordCounter(formCode, fiscalYear));
      em.flush();
    }
  }
}
