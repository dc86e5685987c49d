package th.obec.esa.ict.notifications.preference;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import th.obec.esa.ict.core.api.People;
import th.obec.esa.ict.core.api.Person;
import th.obec.esa.ict.notifications.api.MailChoice;
import th.obec.esa.ict.notifications.api.MailPreferences;
import th.obec.esa.ict.notifications.mail.MailConfig;
import th.obec.esa.ict.platform.audit.AuditTrail;
import th.obec.esa.ict.platform.security.Actor;

/** The people's choices: {@link MailPreferences} for them, and who wants decisions at once for the sender. */
@Stateless
@LocalBean
@Local(MailPreferences.class)
public class PreferenceService implements MailPreferences {

  @PersistenceContext(unitName = "notifications")
  private EntityManager em;

  @EJB
  private AuditTrail audit;

  @Inject
  private People people;

  @Inject
  private MailConfig mail;

  @Override
  public MailChoice of(Actor actor) {
    Preference p = em.find(Preference.class, actor.uid());
    return new MailChoice(p != null && p.isImmediateDecisions(), mail.settings().enabled(), address(actor.uid()));
  }

  @Override
  public MailChoice choose(Actor actor, boolean immediateDecisions) {
    Preference p = em.find(Preference.class, actor.uid());
    if (p == null) {
      p = new Preference(actor.uid());
      p.set(immediateDecisions, actor.uid(), OffsetDateTime.now());
      em.persist(p);
    } else {
      p.set(immediateDecisions, actor.uid(), OffsetDateTime.now());
    }
    audit.record(actor, "notifications.preference.set", "person", actor.uid(),
        immediateDecisions ? "immediate decisions" : "daily digest only");
    em.flush();
    return new MailChoice(immediateDecisions, mail.settings().enabled(), address(actor.uid()));
  }

  /** Whether this person wants decisions at once. */
  public boolean immediate(String uid) {
    Preference p = em.find(Preference.class, uid);
    return p != null && p.isImmediateDecisions();
  }

  /** Everyone who wants decisions at once. */
  public Set<String> immediateUids() {
    List<String> uids = em.createQuery("SELECT p.uid FROM Preference p WHERE p.immediateDecisions = TRUE", String.class)
        .getResultList();
    return Set.copyOf(uids);
  }

  private String address(String uid) {
    try {
      return people.find(uid).filter(Person::hasMail).map(Person::mail).orElse(null);
    } catch (RuntimeException directoryAway) {
      return null;
    }
  }
}
