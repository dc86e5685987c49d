package th.obec.esa.ict.integration;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import th.obec.esa.ict.forms.port.OfficeInfo;
import th.obec.esa.ict.forms.port.OfficePort;
import th.obec.esa.ict.forms.port.PersonSummary;
import th.obec.esa.ict.forms.port.StaffPort;
import th.obec.esa.ict.organization.api.OfficeRef;
import th.obec.esa.ict.organization.api.StaffRef;
import th.obec.esa.ict.organization.api.StandIns;
import th.obec.esa.ict.organization.api.UnitRef;
import th.obec.esa.ict.organization.api.Units;

/**
 * People, units and the office for the forms: names and positions as the order prints them, the
 * unit's code, and the letter-number prefix of the office's documents.
 */
@Stateless
@Local({StaffPort.class, OfficePort.class})
public class OrganizationForForms implements StaffPort, OfficePort {

  /** The ICT group's unit code in the reference data. */
  static final String ICT_UNIT = "ICT";

  @EJB
  private StandIns standIns;

  @EJB
  private Units units;

  @Override
  public Optional<PersonSummary> person(String uid) {
    return standIns.staffByUid(uid).map(s -> {
      Optional<UnitRef> unit = s.unitId() == null ? Optional.empty() : units.unitById(s.unitId());
      String unitCode = unit.map(UnitRef::code).orElse(units.officeRef().code());
      String unitName = unit.map(UnitRef::nameTh).orElse(units.officeRef().nameTh());
      boolean heads = unit.flatMap(u -> standIns.unitDirectorOf(u.id(), LocalDate.now()))
          .map(d -> uid.equals(d.uid())).orElse(false);
      String roleTitle = heads ? "ผู้อำนวยการ" + unitName : null;
      return new PersonSummary(s.uid(), s.fullNameTh(), s.positionTitle(), roleTitle, unitCode, unitName,
          standIns.actingRoleOf(uid, LocalDate.now()).orElse(null));
    });
  }

  @Override
  public Optional<String> unitDirectorUid(String unitCode, LocalDate at) {
    if (unitCode.equals(units.officeRef().code())) {
      return standIns.officeDirector().map(StaffRef::uid);
    }
    return units.unitByCode(unitCode).flatMap(u -> standIns.unitDirectorOf(u.id(), at)).map(StaffRef::uid);
  }

  @Override
  public OfficeInfo office() {
    OfficeRef o = units.officeRef();
    String shortName = o.abbreviationTh() != null ? o.abbreviationTh() : o.shortNameTh();
    String phone = ConfigProvider.getConfig().getOptionalValue("ict.office.phone", String.class).orElse(null);
    return new OfficeInfo(o.nameTh(), shortName, "ผู้อำนวยการ" + o.nameTh(), ICT_UNIT, phone);
  }

  /**
   * The office's prefix as recorded by its administrators; until then the configured one
   * ({@code ict.office.letter-prefix}), or the manual's own placeholder "ศธ 04xxx".
   */
  @Override
  public String letterPrefix(String unitCode) {
    String recorded = units.officeRef().letterNumberPrefix();
    if (recorded != null && !recorded.isBlank()) {
      return recorded;
    }
    return ConfigProvider.getConfig().getOptionalValue("ict.office.letter-prefix", String.class).orElse("ศธ 04xxx");
  }
}
