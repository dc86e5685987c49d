package th.obec.esa.ict.organization.order;

import java.io.Serializable;
import java.time.LocalDate;
import th.obec.esa.ict.organization.staff.StaffSummary;

/** A duty line found by a search: the person, the order and the number to cite, and the text. */
public record DutyHit(StaffSummary staff, Long unitId, String unitNameTh, long orderId, String orderNumber,
    LocalDate effectiveFrom, LocalDate effectiveTo, long lineId, String dutyNumber, String text) implements Serializable {

  public static DutyHit of(DutyLine l) {
    DutyAssignment a = l.getAssignment();
    OfficeOrder o = a.getOrder();
    return new DutyHit(StaffSummary.of(a.getStaff()), a.getUnit() == null ? null : a.getUnit().getId(),
        a.getUnit() == null ? null : a.getUnit().getNameTh(), o.getId(), o.number(), o.getEffectiveFrom(),
        o.getEffectiveTo(), l.getId(), l.citedNumber(), l.getDutyText());
  }
}
