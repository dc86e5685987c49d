package th.obec.esa.ict.organization.order;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import th.obec.esa.ict.organization.staff.StaffSummary;

/** One person's entry in one order, with the order's period and the duty tree as printed. */
public record AssignmentView(long id, long orderId, String orderNumber, String orderStatus, LocalDate effectiveFrom,
    LocalDate effectiveTo, StaffSummary staff, Long unitId, String unitNameTh, String unitNameEn, Integer sequence,
    boolean sequenceInferred, String positionTitle, String positionNumber, String actingRole, Long actingUnitId,
    String header, String reviewNote, List<DutyNode> duties) implements Serializable {

  public static AssignmentView of(DutyAssignment a) {
    OfficeOrder o = a.getOrder();
    return new AssignmentView(a.getId(), o.getId(), o.number(), o.getStatus().name(), o.getEffectiveFrom(),
        o.getEffectiveTo(), StaffSummary.of(a.getStaff()), a.getUnit() == null ? null : a.getUnit().getId(),
        a.getUnit() == null ? null : a.getUnit().getNameTh(), a.getUnit() == null ? null : a.getUnit().getNameEn(),
        a.getSequenceInUnit(), a.isSequenceInferred(), a.getPositionTitlePrinted(), a.getPositionNumberPrinted(),
        a.getActingRolePrinted(), a.getActingUnit() == null ? null : a.getActingUnit().getId(), a.getHeaderPrinted(),
        a.getReviewNote(), DutyNode.tree(a.getLines()));
  }

  /** The numbered duties at the top of the tree ("2.1" … "2.12"), which is what "her 12 duties" counts. */
  public List<DutyNode> numberedDuties() {
    return duties.stream().filter(d -> d.isDuty() && d.depth() == 1).toList();
  }

  public List<DutyNode> allLines() {
    return DutyNode.flatten(duties);
  }
}
