package th.obec.esa.ict.forms.loan;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Creates an asset's guard row in a transaction of its own, so that racing first bookings leave one row. */
@Stateless
public class GuardRows {

  @PersistenceContext(unitName = "forms")
  private EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void ensure(long assetId) {
    if (em.find(LoanGuard.class, assetId) == null) {
      em.persist(new LoanGuard(assetId));
      em.flush();
    }
  }
}
