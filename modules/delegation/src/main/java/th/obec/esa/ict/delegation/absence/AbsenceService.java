package th.obec.esa.ict.delegation.absence;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import th.obec.esa.ict.delegation.api.AbsenceView;
import th.obec.esa.ict.delegation.api.NewAbsence;
import th.obec.esa.ict.delegation.api.OrganizationPort;
import th.obec.esa.ict.delegation.authority.FactsLoader;
import th.obec.esa.ict.delegation.authority.SystemClock;
import th.obec.esa.ict.platform.audit.AuditTrail;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.platform.time.OfficeTime;

/**
 * Records absences. The person themself, anyone above them, or the organisation's data
 * administrator may record one (a vacancy is usually recorded by the administrator); the same
 * people may end it early (the person is back) or withdraw it before it begins.
 */
@Stateless
public class AbsenceService {

  @PersistenceContext(unitName = "delegation")
  private EntityManager em;

  @EJB
  private FactsLoader facts;

  @EJB
  private AuditTrail audit;

  public AbsenceView record(Actor actor, NewAbsence n) {
    if (n.personUid() == null || n.personUid().isBlank()) {
      throw new InvalidAbsenceException("person", "delegation.absence.person.required");
    }
    if (n.kind() == null) {
      throw new InvalidAbsenceException("kind", "delegation.absence.kind.required");
    }
    if (n.from() == null || n.until() == null || !n.from().isBefore(n.until())) {
      throw new InvalidAbsenceException("until", "delegation.absence.period.invalid");
    }
    String person = n.personUid().trim();
    requireMayRecordFor(actor, person);
    List<Absence> overlapping = em.createNamedQuery("Absence.findOverlappingFor", Absence.class)
        .setParameter("uid", person).setParameter("from", n.from()).setParameter("to", n.until()).getResultList();
    if (!overlapping.isEmpty()) {
      throw new InvalidAbsenceException("from", "delegation.absence.overlaps", overlapping.get(0).getId());
    }
    String note = n.note() == null || n.note().isBlank() ? null : n.note().trim();
    if (note != null && note.length() > Absence.NOTE) {
      throw new InvalidAbsenceException("note", "delegation.absence.note.tooLong", Absence.NOTE);
    }
    Absence a = new Absence(person, n.kind(), n.from(), n.until(), actor.uid(), facts.now(), note);
    em.persist(a);
    em.flush();
    facts.changed();
    audit.record(actor, "delegation.absence.recorded", "absence", String.valueOf(a.getId()),
        person + " " + n.kind() + " " + n.from() + " – " + n.until());
    return view(a);
  }

  /** The person is back now: the absence ends at once (or is withdrawn when it has not begun). */
  public void end(Actor actor, Long id) {
    Absence a = Optional.ofNullable(em.find(Absence.class, id)).orElseThrow(() -> new AbsenceNotFoundException(id));
    requireMayRecordFor(actor, a.getPersonUid());
    OffsetDateTime now = facts.now();
    facts.changed();
    if (a.hasBegunAt(now)) {
      a.endAt(now);
      audit.record(actor, "delegation.absence.ended", "absence", String.valueOf(id), a.getPersonUid() + " " + now);
    } else {
      em.remove(a);
      audit.record(actor, "delegation.absence.withdrawn", "absence", String.valueOf(id), a.getPersonUid());
    }
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<AbsenceView> overlapping(OffsetDateTime from, OffsetDateTime to) {
    return em.createNamedQuery("Absence.findOverlapping", Absence.class).setParameter("from", from)
        .setParameter("to", to).getResultList().stream().map(this::view).toList();
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<AbsenceView> overlappingFor(String uid, OffsetDateTime from, OffsetDateTime to) {
    return em.createNamedQuery("Absence.findOverlappingFor", Absence.class).setParameter("uid", uid)
        .setParameter("from", from).setParameter("to", to).getResultList().stream().map(this::view).toList();
  }

  /**
   * Absences someone else recorded that move a power now or later, for the home page's "not me /
   * undo": those of the user herself, and for the head of the office (role director) everyone's.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<AbsenceView> recordedByOthersFor(Actor actor) {
    OffsetDateTime now = facts.now();
    return em.createNamedQuery("Absence.findOverlapping", Absence.class).setParameter("from", now)
        .setParameter("to", now.plusYears(1)).getResultList().stream()
        .filter(a -> !a.getPersonUid().equals(a.getRecordedBy()))
        .filter(a -> a.getPersonUid().equals(actor.uid()) || actor.hasRole(Roles.DIRECTOR))
        .map(this::view).toList();
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<AbsenceView> find(Long id) {
    return Optional.ofNullable(em.find(Absence.class, id)).map(this::view);
  }

  private void requireMayRecordFor(Actor actor, String person) {
    if (actor.hasRole(Roles.ORG_ADMIN) || actor.principalUid().equals(person)
        || superiorsOf(person).contains(actor.principalUid())) {
      return;
    }
    throw new InvalidAbsenceException("person", "delegation.absence.notAllowed", facts.org().displayName(person).orElse(person));
  }

  private Set<String> superiorsOf(String uid) {
    OrganizationPort org = facts.org();
    LocalDate today = facts.now().atZoneSameInstant(OfficeTime.ZONE).toLocalDate();
    Set<String> above = new HashSet<>();
    String current = uid;
    for (int i = 0; i < 12; i++) {
      Optional<String> sup = org.superiorOf(current, today);
      if (sup.isEmpty() || !above.add(sup.get())) {
        break;
      }
      current = sup.get();
    }
    return above;
  }

  private AbsenceView view(Absence a) {
    return new AbsenceView(a.getId(), a.getPersonUid(), facts.org().displayName(a.getPersonUid()).orElse(a.getPersonUid()),
        a.getKind(), a.getFrom(), a.getUntil(), a.getRecordedBy(), a.getRecordedAt(), a.getNote());
  }
}
