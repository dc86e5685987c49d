package th.obec.esa.ict.organization.api;

import java.io.Serializable;
import java.util.List;

/**
 * One stand-in relation in force on a day: {@code standIn} acts when {@code holder} is absent,
 * {@code rank} 1 first. {@code basis} is what an action as stand-in must record, e.g.
 * "คำสั่งที่ 275/2561 ข้อ 1.10, 2.11" (order number and every duty clause printing the relation).
 */
public record StandInRef(StaffRef holder, StaffRef standIn, int rank, long orderId, String orderNumber,
    List<String> dutyNumbers, String basis) implements Serializable {}
