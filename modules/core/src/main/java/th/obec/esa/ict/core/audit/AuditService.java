package th.obec.esa.ict.core.audit;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import th.obec.esa.ict.platform.audit.AuditTrail;
import th.obec.esa.ict.platform.security.Actor;

/**
 * Writes audit entries in the caller's transaction ({@code MANDATORY}): an entry without the
 * change it describes cannot be committed, and a rolled-back change takes its entry with it.
 */
@Stateless
@Local(AuditTrail.class)
@LocalBean
public class AuditService implements AuditTrail {

  @PersistenceContext(unitName = "core")
  private EntityManager em;

  private final Clock clock = Clock.systemUTC();

  @Override
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(Actor actor, String action, String subjectType, String subjectId, String detail) {
    em.persist(new AuditEntry(actor, OffsetDateTime.now(clock), action, subjectType, subjectId, detail));
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<AuditEntry> forSubject(String subjectType, String subjectId) {
    return em.createNamedQuery("AuditEntry.findBySubject", AuditEntry.class)
        .setParameter("type", subjectType).setParameter("id", subjectId).getResultList();
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<AuditEntry> recent(int max) {
    return em.createNamedQuery("AuditEntry.findRecent", AuditEntry.class).setMaxResults(max).getResultList();
  }
}
