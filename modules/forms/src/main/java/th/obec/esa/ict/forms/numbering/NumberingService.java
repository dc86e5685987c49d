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
import th.obec.esa.ict.forms.port.LetterRegister;
import th.obec.esa.ict.forms.port.OfficePort;

/**
 * Gives out running letter numbers. A unit's register is the prefix the office has it print
 * ({@link OfficePort#letterRegister}): units printing the same prefix share one counter. The counter
 * row of the prefix and period is read with a write lock in the caller's transaction: a second
 * submission waits until the first commits and then sees its number, so no number is given twice; a
 * rolled-back submission gives its number back with it. Each number is also entered in
 * {@code frm_letter_number}, whose key (period, printed number) refuses a second document with the
 * same number whatever happened before (the last line of defence).
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

  /** When the registers restart, as the office set it (else as configured, fiscal year by default). */
  public ResetRule rule() {
    return rule(office.letterRegister(office.office().ictUnitCode()));
  }

  private ResetRule rule(LetterRegister register) {
    if (register.calendarYear() == null) {
      return rule;
    }
    return register.calendarYear() ? ResetRule.CALENDAR_YEAR : ResetRule.FISCAL_YEAR;
  }

  /**
   * The next number of the unit's register for the date, entered in the register of printed numbers
   * for the submission; must run inside the caller's transaction.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public Issued next(String unitCode, LocalDate date, long submissionId) {
    LetterRegister register = office.letterRegister(unitCode);
    String prefix = new LetterNumber(register.prefix(), 1).prefix();
    int period = rule(register).periodKey(date);
    LetterNumber number = new LetterNumber(prefix, lockedOrNew(prefix, period).next());
    em.createNativeQuery("INSERT INTO frm_letter_number (period_key, number_text, submission_id) VALUES (?1, ?2, ?3)")
        .setParameter(1, period).setParameter(2, number.text()).setParameter(3, submissionId).executeUpdate();
    return new Issued(period, number);
  }

  /**
   * The next number of a series of its own that is not a letter register (the F09 cards' serials,
   * series "F09"), counted per period under the same row lock; must run inside the caller's
   * transaction.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public int nextInSeries(String series, int period) {
    return lockedOrNew(series, period).next();
  }

  private Counter lockedOrNew(String prefix, int period) {
    Counter counter = locked(prefix, period);
    if (counter == null) {
      try {
        rows.ensure(prefix, period);
      } catch (EJBException | PersistenceException raceLost) {
        // another submission created the row at the same moment; it exists now either way
      }
      counter = locked(prefix, period);
      if (counter == null) {
        throw new IllegalStateException("no counter row for " + prefix + "/" + period);
      }
    }
    return counter;
  }

  private Counter locked(String prefix, int period) {
    List<Counter> found = em.createNamedQuery("Counter.find", Counter.class)
        .setParameter("prefix", prefix).setParameter("period", period)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    return found.isEmpty() ? null : found.get(0);
  }

  /** A number given out, with the period it counts in. */
  public record Issued(int periodKey, LetterNumber number) {}
}
