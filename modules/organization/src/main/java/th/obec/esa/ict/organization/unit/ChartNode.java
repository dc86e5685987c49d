package th.obec.esa.ict.organization.unit;

import java.io.Serializable;
import java.util.List;
import th.obec.esa.ict.organization.staff.StaffSummary;

/**
 * One box of the organisation chart on a day: the unit, who directs it by the order in force
 * (and on which basis), its staff, and its sub-units.
 */
public record ChartNode(long unitId, String code, String nameTh, String nameEn, String labelPrinted,
    StaffSummary director, String actingRole, String basis, List<StaffSummary> staff, List<ChartNode> subUnits)
    implements Serializable {}
