package th.obec.esa.ict.forms.testdoubles;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Breaks a register on purpose, to show that the database still refuses a second document with the same number. */
@Stateless
public class LetterCounters {

  @PersistenceContext(unitName = "forms")
  private EntityManager em;

  /** Sets the counter of a prefix back, as a faulty restore or a hand edit would. */
  public int setLast(String prefix, int lastNo) {
    return em.createNativeQuery("UPDATE frm_letter_counter SET last_no = ?1 WHERE prefix = ?2")
        .setParameter(1, lastNo).setParameter(2, prefix).executeUpdate();
  }

  /** Drops the counter of a prefix, as before issue 17 when no register per prefix existed. */
  public int drop(String prefix) {
    return em.createNativeQuery("DELETE FROM frm_letter_counter WHERE prefix = ?1").setParameter(1, prefix).executeUpdate();
  }

  /** How many numbers the register of printed numbers holds under the prefix. */
  public long registered(String prefix) {
    return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM frm_letter_number WHERE number_text LIKE ?1")
        .setParameter(1, prefix + "/%").getSingleResult()).longValue();
  }
}
