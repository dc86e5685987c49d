package th.obec.esa.ict.organization.unit;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import th.obec.esa.ict.organization.api.OfficeRef;
import th.obec.esa.ict.organization.api.UnitRef;
import th.obec.esa.ict.organization.api.Units;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.obec.esa.ict.organization.NotFoundException;
import th.obec.esa.ict.organization.StaleEditException;
import th.obec.esa.ict.organization.Versions;
import th.obec.esa.ict.organization.order.DutyAssignment;
import th.obec.esa.ict.organization.order.OrderService;
import th.obec.esa.ict.organization.staff.Staff;
import th.obec.esa.ict.organization.staff.StaffSummary;
import th.obec.esa.ict.platform.audit.AuditTrail;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;

/** The office, its units with their statutory duties, and the organisation chart on a day. */
@Stateless
@LocalBean
@Local(Units.class)
public class OrganizationService implements Units {

  @PersistenceContext(unitName = "organization")
  private EntityManager em;

  @EJB
  private OrderService orders;

  @EJB
  private AuditTrail audit;

  /** The office this installation serves (the first one stored; more rows exist only for history). */
  public Office office() {
    return em.createNamedQuery("Office.findAll", Office.class).getResultList().stream().findFirst()
        .orElseThrow(() -> new NotFoundException("office", "-"));
  }

  public OfficeView officeView() {
    return OfficeView.of(office());
  }

  /** The 9 units of the 2560 announcement, each with its duties and sub-units. */
  public List<UnitView> units() {
    return em.createNamedQuery("Unit.findTopLevel", Unit.class).getResultList().stream().map(this::view).toList();
  }

  public Optional<UnitView> findUnit(long id) {
    return Optional.ofNullable(em.find(Unit.class, id)).map(this::view);
  }

  public UnitView getUnit(long id) {
    return findUnit(id).orElseThrow(() -> new NotFoundException("unit", id));
  }

  private UnitView view(Unit u) {
    return UnitView.of(u, children(u.getId()).stream().map(this::view).toList());
  }

  private List<Unit> children(long id) {
    return em.createNamedQuery("Unit.findChildren", Unit.class).setParameter("parent", id).getResultList();
  }

  /** Units → the director by the order in force on the day → staff, the shape of the chart page. */
  public List<ChartNode> chart(LocalDate day) {
    // the staff and the directors of all units in one query each (it was two per unit)
    Map<Long, List<StaffSummary>> staffByUnit = new HashMap<>();
    for (Object[] row : em.createNamedQuery("Staff.findInUnits", Object[].class).getResultList()) {
      staffByUnit.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(StaffSummary.of((Staff) row[1]));
    }
    Map<Long, DutyAssignment> directors = orders.directorsOn(day);
    return em.createNamedQuery("Unit.findTopLevel", Unit.class).getResultList().stream()
        .map(u -> node(u, staffByUnit, directors)).toList();
  }

  private ChartNode node(Unit u, Map<Long, List<StaffSummary>> staffByUnit, Map<Long, DutyAssignment> directors) {
    Optional<DutyAssignment> director = Optional.ofNullable(directors.get(u.getId()));
    return new ChartNode(u.getId(), u.getCode(), u.getNameTh(), u.getNameEn(), u.getLabelPrinted(),
        director.map(a -> StaffSummary.of(a.getStaff())).orElse(null),
        director.map(DutyAssignment::getActingRolePrinted).orElse(null),
        director.map(a -> "คำสั่งที่ " + a.getOrder().number()).orElse(null),
        List.copyOf(staffByUnit.getOrDefault(u.getId(), List.of())),
        children(u.getId()).stream().map(c -> node(c, staffByUnit, directors)).toList());
  }

  /** An administrator fills in what the documents did not print, such as the letter-number prefix. */
  public OfficeView updateOffice(Actor actor, long officeId, Long expectedVersion, String nameEn, String shortNameTh,
      String abbreviationTh, String letterNumberPrefix, String provinceTh, Long directorStaffId) {
    actor.requireAnyRole(Roles.ORG_ADMIN);
    Office o = em.find(Office.class, officeId);
    if (o == null) {
      throw new NotFoundException("office", officeId);
    }
    Versions.check("office", officeId, expectedVersion, o.getVersion());
    if (directorStaffId != null && em.find(Staff.class, directorStaffId) == null) {
      throw new NotFoundException("staff", directorStaffId);
    }
    o.update(nameEn, shortNameTh, abbreviationTh, letterNumberPrefix, provinceTh, directorStaffId);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new StaleEditException("office", officeId);
    }
    audit.record(actor, "organization.office.updated", "office", String.valueOf(officeId),
        "letter prefix " + letterNumberPrefix + ", director " + directorStaffId);
    return OfficeView.of(o);
  }

  @Override
  public OfficeRef officeRef() {
    OfficeView o = officeView();
    return new OfficeRef(o.code(), o.nameTh(), o.shortNameTh(), o.abbreviationTh(), o.letterNumberPrefix(),
        o.directorStaffId());
  }

  @Override
  public List<UnitRef> allUnits() {
    java.util.List<UnitRef> refs = new java.util.ArrayList<>();
    java.util.Map<Long, String> codes = new java.util.HashMap<>();
    java.util.List<UnitView> all = new java.util.ArrayList<>();
    for (UnitView u : units()) {
      all.add(u);
      all.addAll(u.subUnits());
    }
    all.forEach(u -> codes.put(u.id(), u.code()));
    for (UnitView u : all) {
      refs.add(new UnitRef(u.id(), u.code(), u.nameTh(), u.nameEn(), u.parentId() == null ? null : codes.get(u.parentId())));
    }
    return refs;
  }

  @Override
  public Optional<UnitRef> unitByCode(String code) {
    return allUnits().stream().filter(u -> u.code().equalsIgnoreCase(code)).findFirst();
  }

  @Override
  public Optional<UnitRef> unitById(long id) {
    return allUnits().stream().filter(u -> u.id() == id).findFirst();
  }
}
