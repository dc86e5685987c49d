package th.obec.esa.ict.integration;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import th.obec.esa.ict.organization.api.Units;
import th.obec.esa.ict.records.port.OfficeName;

/** The office's and the ICT group's names as the records' reports (F15, F17) print them. */
@Stateless
@Local(OfficeName.class)
public class OrganizationForRecords implements OfficeName {

  @EJB
  private Units units;

  @Override
  public String fullName() {
    return units.officeRef().nameTh();
  }

  @Override
  public String ictUnitName() {
    return Titles.ictUnitName(units.unitByCode(OrganizationForForms.ICT_UNIT));
  }
}
