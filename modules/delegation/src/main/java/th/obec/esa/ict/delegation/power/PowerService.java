package th.obec.esa.ict.delegation.power;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import th.obec.esa.ict.delegation.api.PowerView;

/** The catalogue of named powers, for choosing powers in pages and forms. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PowerService {

  @PersistenceContext(unitName = "delegation")
  private EntityManager em;

  public List<PowerView> all() {
    return em.createNamedQuery("Power.findAll", Power.class).getResultList().stream().map(Power::toView).toList();
  }
}
