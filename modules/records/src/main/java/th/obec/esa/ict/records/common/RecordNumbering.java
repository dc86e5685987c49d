package th.obec.esa.ict.records.common;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;

/**
 * Gives out the running numbers of the F13 and F16 registers. The counter row of the form and
 * fiscal year is read with a write lock in the caller's transaction: a second record waits until
 * the first commits and then sees its number, so no number is given twice; a rolled-back record
 * gives its number back with it.
 */
@Stateless
public class RecordNumbering {

  @PersistenceContext(unitName = "records")
  private EntityManager em;

  @EJB
  private CounterRows rows;

  /** The next number of the form's register in the fiscal year; runs inside the caller's transaction. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public RecordNumber next(String formCode, int fiscalYear) {
    RecordCounter counter = locked(formCode, fiscalYear);
    if (counter == null) {
      try {
        rows.ensure(formCode, fiscalYear);
      } catch (EJBException | PersistenceException raceLost) {
        // another record created the row at the same moment; it exists now either way
      }
      counter = locked(formCode, fiscalYear);
      if (counter == null) {
        throw new IllegalStateException("no counter row for " + formCode + "/" + fiscalYear);
      }
    }
    return new RecordNumber(formCode, fiscalYear, counter.next());
  }

  private RecordCounter locked(String formCode, int fiscalYear) {
    List<RecordCounter> found = em.createNamedQuery("RecordCounter.find", RecordCounter.class)
        .setParameter("form", formCode).setParameter("year", fiscalYear)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    return found.isEmpty() ? null : found.get(0);
  }
}
