package th.obec.esa.ict.organization.staff;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import th.obec.esa.ict.organization.NotFoundException;
import th.obec.esa.ict.organization.OrganizationException;
import th.obec.esa.ict.organization.StaleEditException;
import th.obec.esa.ict.organization.Versions;
import th.obec.esa.ict.organization.order.AssignmentView;
import th.obec.esa.ict.organization.order.OrderService;
import th.obec.esa.ict.organization.order.PersonView;
import th.obec.esa.ict.organization.unit.Unit;
import th.obec.esa.ict.platform.audit.AuditTrail;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.platform.text.ThaiDigits;

/** The staff directory: search over Thai and English names and uids, a person's page, and administrators' edits. */
@Stateless
public class StaffService {

  private static final Pattern POSITION_NUMBER = Pattern.compile("(อ\\s*)?\\d+");

  @PersistenceContext(unitName = "organization")
  private EntityManager em;

  @EJB
  private OrderService orders;

  @EJB
  private AuditTrail audit;

  /**
   * People whose Thai or English given or family name or uid contains every word of the query
   * (a title such as "นาง" is ignored), or whose position number is the query ("อ 34"). A blank
   * query lists everyone.
   */
  public List<StaffSummary> search(String query) {
    String q = query == null ? "" : ThaiDigits.toArabic(query.strip());
    if (POSITION_NUMBER.matcher(q).matches()) {
      return em.createQuery("SELECT s FROM Staff s JOIN s.position p WHERE p.positionNumberNormalized = :n ORDER BY s.id",
          Staff.class).setParameter("n", PositionNumber.normalize(q)).getResultStream().map(StaffSummary::of).toList();
    }
    List<String> terms = new ArrayList<>();
    for (String t : q.toLowerCase(Locale.ROOT).split("\\s+")) {
      String term = PersonName.withoutPrefix(t);
      if (!term.isBlank()) {
        terms.add(term);
      }
    }
    StringBuilder jpql = new StringBuilder("SELECT s FROM Staff s WHERE 1 = 1");
    for (int i = 0; i < terms.size(); i++) {
      String p = ":t" + i;
      jpql.append(" AND (LOWER(s.givenNameTh) LIKE ").append(p).append(" ESCAPE '!' OR LOWER(s.familyNameTh) LIKE ")
          .append(p).append(" ESCAPE '!' OR LOWER(s.givenNameEn) LIKE ").append(p)
          .append(" ESCAPE '!' OR LOWER(s.familyNameEn) LIKE ").append(p).append(" ESCAPE '!' OR LOWER(s.directoryUid) LIKE ")
          .append(p).append(" ESCAPE '!')");
    }
    jpql.append(" ORDER BY s.givenNameTh, s.familyNameTh, s.id");
    TypedQuery<Staff> query2 = em.createQuery(jpql.toString(), Staff.class);
    for (int i = 0; i < terms.size(); i++) {
      query2.setParameter("t" + i, "%" + terms.get(i).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
    }
    return query2.getResultStream().map(StaffSummary::of).toList();
  }

  public Optional<StaffSummary> find(long id) {
    return Optional.ofNullable(em.find(Staff.class, id)).map(StaffSummary::of);
  }

  public StaffSummary get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("staff", id));
  }

  public Optional<StaffSummary> findByUid(String uid) {
    return em.createNamedQuery("Staff.findByUid", Staff.class).setParameter("uid", uid).getResultStream().findFirst()
        .map(StaffSummary::of);
  }

  /** People an administrator must look at: names cut from a source, people only named in clauses. */
  public List<StaffSummary> needingReview() {
    return em.createNamedQuery("Staff.findNeedingReview", Staff.class).getResultStream().map(StaffSummary::of).toList();
  }

  /** A person's page on a day: position, number, acting role, duty tree, stand-ins both ways, history. */
  public PersonView person(long id, LocalDate day) {
    StaffSummary s = get(id);
    AssignmentView now = orders.whatHeld(id, day).orElse(null);
    return new PersonView(s, day, now, orders.standInsOf(id, day), orders.standsInFor(id, day),
        orders.ordersOf(id));
  }

  /** An administrator corrects a person's data; refused on a stale version, audited with what changed. */
  public StaffSummary update(Actor actor, long id, StaffEdit edit) {
    actor.requireAnyRole(Roles.ORG_ADMIN);
    Staff s = em.find(Staff.class, id);
    if (s == null) {
      throw new NotFoundException("staff", id);
    }
    Versions.check("staff", id, edit.version(), s.getVersion());
    String uid = edit.directoryUid() == null || edit.directoryUid().isBlank() ? null : edit.directoryUid().strip();
    if (uid != null) {
      em.createNamedQuery("Staff.findByUid", Staff.class).setParameter("uid", uid).getResultStream()
          .filter(other -> !other.getId().equals(id)).findFirst().ifPresent(other -> {
            throw OrganizationException.onField("directoryUid", "organization.staff.uidTaken", uid);
          });
    }
    Unit unit = edit.unitId() == null ? null : Optional.ofNullable(em.find(Unit.class, edit.unitId()))
        .orElseThrow(() -> new NotFoundException("unit", edit.unitId()));
    Position position = edit.positionId() == null ? null : Optional.ofNullable(em.find(Position.class, edit.positionId()))
        .orElseThrow(() -> new NotFoundException("position", edit.positionId()));
    StaffSummary before = StaffSummary.of(s);
    s.update(edit.prefixTh(), edit.givenNameTh(), edit.familyNameTh(), edit.givenNameEn(), edit.familyNameEn(), uid,
        unit, position, edit.status(), edit.reviewNote());
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new StaleEditException("staff", id);
    }
    StaffSummary after = StaffSummary.of(s);
    audit.record(actor, "organization.staff.updated", "staff", String.valueOf(id), changes(before, after));
    return after;
  }

  static String changes(StaffSummary a, StaffSummary b) {
    List<String> out = new ArrayList<>();
    diff(out, "name", a.fullNameTh(), b.fullNameTh());
    diff(out, "nameEn", a.fullNameEn(), b.fullNameEn());
    diff(out, "uid", a.uid(), b.uid());
    diff(out, "unit", a.unitNameTh(), b.unitNameTh());
    diff(out, "position", a.positionTitle() + " " + a.positionNumber(), b.positionTitle() + " " + b.positionNumber());
    diff(out, "status", a.status(), b.status());
    diff(out, "note", a.reviewNote(), b.reviewNote());
    return out.isEmpty() ? "no change" : String.join("; ", out);
  }

  private static void diff(List<String> out, String what, String before, String after) {
    if (!Objects.equals(before, after)) {
      out.add(what + ": " + before + " → " + after);
    }
  }
}
