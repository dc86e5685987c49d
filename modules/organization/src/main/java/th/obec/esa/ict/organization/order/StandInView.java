package th.obec.esa.ict.organization.order;

import java.io.Serializable;
import java.util.List;
import th.obec.esa.ict.organization.staff.StaffSummary;

/**
 * A stand-in relation in force: who stands in for whom, at which rank, and every clause that
 * prints it (the same relation may be printed in both persons' duty lists).
 */
public record StandInView(StaffSummary holder, StaffSummary standIn, int rank, long orderId, String orderNumber,
    List<String> dutyNumbers, String printedName, String reviewNote) implements Serializable {

  /** "คำสั่งที่ 275/2561 ข้อ 1.10, 2.11": the basis an action as stand-in cites. */
  public String basis() {
    return "คำสั่งที่ " + orderNumber + " ข้อ " + String.join(", ", dutyNumbers);
  }
}
