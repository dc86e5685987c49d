package th.obec.esa.ict.forms.numbering;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import th.obec.esa.ict.forms.port.OfficePort;

/**
 * Gives out running letter numbers. The counter row of the unit and period is read with a
 * write lock in the caller's transaction: a second submission waits until the first commits and
 * then sees its number, so no number is given twice; a rolled-back submission gives its number
 * back with it.
 */
@Stateless
public class NumberingService {

  @PersistenceContext(unitName = "forms")
  private EntityManager em;

  @EJB
  private CounterRows rows;

  @Inject
  private OfficePort office;

  private ResetRule rule;

  @PostConstruct
  void configure() {
    rule = ResetRule.parse(ConfigProvider.getConfig().getOptionalValue(ResetRule.CONFIG_KEY, String.class).orElse(null));
  }

  public ResetRule rule() {
    return rule;
  }

  /** The next number of the unit's register for the date; must run inside the caller's transaction. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public Issued next(String unitCode, LocalDate date) {
    int period = rule.periodKey(date);
    Counter counter = locked(unitCode, period);
    if (counter == null) {
      try {
        rows.ensure(unitCode, period);
      } catch (EJBException | PersistenceException raceLost) {
        // another submission created the row at the same moment; it exists now either way
      }
      counter = locked(unitCode, period);
      if (counter == null) {
        throw new IllegalStateException("no counter row for " + unitCode + "/" + period);
      }
    }
    int running = counter.next();
    return new Issued(period, new LetterNumber(office.letterPrefix(unitCode), running));
  }

  private Counter locked(String unitCode, int period) {
    List<Counter> found = em.createNamedQuery("Counter.find", Counter.class)
        .setParameter("unit", unitCode).setParameter("period", period)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    return found.isEmpty() ? null : found.get(0);
  }

  /** A number given out, with the period it counts in. */
  public record Issued(int periodKey, LetterNumber number) {}
}
