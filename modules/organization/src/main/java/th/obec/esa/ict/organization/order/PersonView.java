package th.obec.esa.ict.organization.order;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import th.obec.esa.ict.organization.staff.StaffSummary;

/**
 * A person's page on a date: who they are, their entry in the order in force (position, number,
 * acting role, duty tree), their stand-ins in order, whom they stand in for, and every order
 * that listed them.
 */
public record PersonView(StaffSummary staff, LocalDate at, AssignmentView assignment, List<StandInView> standIns,
    List<StandInView> standsInFor, List<OrderSummary> history) implements Serializable {}
