package th.obec.esa.ict.organization.order;

import java.io.Serializable;
import java.util.List;

/** An order with everything printed in it, enough to print it again as an official order looks. */
public record OrderView(OrderSummary summary, String numberPrinted, String issuerPrinted, String legalBasisTh,
    String preambleTh, String closingTh, String signedDatePrinted, String effectiveFromPrinted, String signerNamePrinted,
    String signerPositionPrinted, Long signerStaffId, String sourceNote, List<AssignmentView> assignments,
    List<StandInView> standIns, List<OrderSummary> supersededBy) implements Serializable {

  public static OrderView of(OfficeOrder o, List<StandInView> standIns, List<OrderSummary> supersededBy) {
    return new OrderView(OrderSummary.of(o), o.getNumberPrinted(), o.getIssuerPrinted(), o.getLegalBasisTh(),
        o.getPreambleTh(), o.getClosingTh(), o.getSignedDatePrinted(), o.getEffectiveFromPrinted(),
        o.getSignerNamePrinted(), o.getSignerPositionPrinted(), o.getSigner() == null ? null : o.getSigner().getId(),
        o.getSourceNote(), o.getAssignments().stream().map(AssignmentView::of).toList(), standIns, supersededBy);
  }
}
