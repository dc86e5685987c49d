package th.obec.esa.ict.organization.order;

import java.io.Serializable;
import java.time.LocalDate;

/** An order in a list: number, subject, dates, status, and the order it replaced. */
public record OrderSummary(long id, String number, int orderNumber, int yearBe, String subjectTh, LocalDate orderDate,
    LocalDate effectiveFrom, LocalDate effectiveTo, String status, boolean excerpt, Long supersedesId,
    String supersedesNumber, int persons, long version) implements Serializable {

  public static OrderSummary of(OfficeOrder o) {
    OfficeOrder s = o.getSupersedes();
    return new OrderSummary(o.getId(), o.number(), o.getOrderNumber(), o.getYearBe(), o.getSubjectTh(), o.getOrderDate(),
        o.getEffectiveFrom(), o.getEffectiveTo(), o.getStatus().name(), o.isExcerpt(), s == null ? null : s.getId(),
        s == null ? null : s.number(), o.getAssignments().size(), o.getVersion());
  }
}
