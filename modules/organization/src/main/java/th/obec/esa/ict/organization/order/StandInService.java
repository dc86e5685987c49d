package th.obec.esa.ict.organization.order;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import th.obec.esa.ict.organization.api.StaffRef;
import th.obec.esa.ict.organization.api.StandInRef;
import th.obec.esa.ict.organization.api.StandIns;
import th.obec.esa.ict.organization.staff.Staff;
import th.obec.esa.ict.organization.staff.StaffSummary;
import th.obec.esa.ict.organization.unit.Office;

/** The {@link StandIns} API over the orders: the same answers as the person's page, as DTOs. */
@Stateless
@Local(StandIns.class)
public class StandInService implements StandIns {

  @PersistenceContext(unitName = "organization")
  private EntityManager em;

  @EJB
  private OrderService orders;

  @Override
  public List<StandInRef> standInsOf(long staffId, LocalDate at) {
    return orders.standInsOf(staffId, at).stream().map(StandInService::ref).toList();
  }

  @Override
  public List<StandInRef> standInsOf(String uid, LocalDate at) {
    return staff(uid).map(s -> standInsOf(s.getId(), at)).orElse(List.of());
  }

  @Override
  public List<StandInRef> standingInFor(String uid, LocalDate at) {
    return staff(uid).map(s -> orders.standsInFor(s.getId(), at).stream().map(StandInService::ref).toList())
        .orElse(List.of());
  }

  @Override
  public Optional<StaffRef> unitDirectorOf(long unitId, LocalDate at) {
    return orders.directorOf(unitId, at).map(a -> ref(StaffSummary.of(a.getStaff())));
  }

  @Override
  public Optional<StaffRef> unitDirectorFor(String uid, LocalDate at) {
    return staff(uid).flatMap(s -> orders.assignmentOn(s.getId(), at))
        .flatMap(a -> a.getUnit() == null ? Optional.empty() : unitDirectorOf(a.getUnit().getId(), at));
  }

  @Override
  public Optional<String> actingRoleOf(String uid, LocalDate at) {
    return staff(uid).flatMap(s -> orders.assignmentOn(s.getId(), at)).map(DutyAssignment::getActingRolePrinted)
        .filter(r -> !r.isBlank()).map(String::strip);
  }

  @Override
  public Optional<StaffRef> officeDirector() {
    return em.createNamedQuery("Office.findAll", Office.class).getResultList().stream().findFirst()
        .map(Office::getDirectorStaffId).flatMap(this::staffById);
  }

  @Override
  public Optional<StaffRef> staffByUid(String uid) {
    return staff(uid).map(s -> ref(StaffSummary.of(s)));
  }

  @Override
  public Optional<StaffRef> staffById(long staffId) {
    return Optional.ofNullable(em.find(Staff.class, staffId)).map(s -> ref(StaffSummary.of(s)));
  }

  private Optional<Staff> staff(String uid) {
    if (uid == null || uid.isBlank()) {
      return Optional.empty();
    }
    return em.createNamedQuery("Staff.findByUid", Staff.class).setParameter("uid", uid).getResultStream().findFirst();
  }

  static StaffRef ref(StaffSummary s) {
    return new StaffRef(s.id(), s.uid(), s.fullNameTh(), s.fullNameEn(), s.unitId(), s.unitNameTh(), s.positionTitle(),
        s.positionNumber(), s.status(), s.needsReview(), s.accountUnusable());
  }

  static StandInRef ref(StandInView v) {
    return new StandInRef(ref(v.holder()), ref(v.standIn()), v.rank(), v.orderId(), v.orderNumber(), v.dutyNumbers(),
        v.basis());
  }
}
