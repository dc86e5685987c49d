package th.obec.esa.ict.integration;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import th.obec.esa.ict.forms.port.DocumentStyle;
import th.obec.esa.ict.forms.port.LetterRegister;
import th.obec.esa.ict.forms.port.OfficeInfo;
import th.obec.esa.ict.forms.port.OfficePort;
import th.obec.esa.ict.forms.port.PersonSummary;
import th.obec.esa.ict.forms.api.ProcessOption;
import th.obec.esa.ict.forms.port.ProcessPort;
import th.obec.esa.ict.forms.port.StaffPort;
import th.obec.esa.ict.organization.api.Emblem;
import th.obec.esa.ict.organization.api.OfficeDocuments;
import th.obec.esa.ict.organization.api.OfficeRef;
import th.obec.esa.ict.organization.api.StaffRef;
import th.obec.esa.ict.organization.api.StandIns;
import th.obec.esa.ict.organization.api.UnitRef;
import th.obec.esa.ict.organization.api.Units;
import th.obec.esa.ict.organization.api.WorkProcesses;
import th.obec.esa.ict.organization.api.YearBasis;

/**
 * People, units and the office for the forms: names and positions as the order prints them, the
 * unit's code, and the letter-number prefix of the office's documents.
 */
@Stateless
@Local({StaffPort.class, OfficePort.class, ProcessPort.class})
public class OrganizationForForms implements StaffPort, OfficePort, ProcessPort {

  /** The ICT group's unit code in the reference data. */
  static final String ICT_UNIT = Units.ICT_UNIT_CODE;

  @EJB
  private StandIns standIns;

  @EJB
  private Units units;

  @EJB
  private OfficeDocuments documents;

  @EJB
  private WorkProcesses workProcesses;

  @Override
  public java.util.List<ProcessOption> allProcesses() {
    return workProcesses.allProcesses().stream()
        .map(p -> new ProcessOption(p.number(), p.nameTh(), p.nameEn(), false)).toList();
  }

  @Override
  public java.util.List<ProcessOption> processesOf(String formCode) {
    return workProcesses.processesOfForm(formCode).stream()
        .map(p -> new ProcessOption(p.number(), p.nameTh(), p.nameEn(), p.byDefault())).toList();
  }

  @Override
  public Optional<PersonSummary> person(String uid) {
    Heads heads = Heads.of(standIns, units);
    return standIns.staffByUid(uid).map(s -> {
      Optional<UnitRef> unit = heads.unitOf(s);
      boolean headsUnit = unit.map(u -> heads.heads(uid, u, LocalDate.now())).orElse(false);
      return summary(s, unit, units.officeRef(), headsUnit,
          standIns.actingRoleOf(uid, LocalDate.now()).orElse(null));
    });
  }

  /**
   * A person as a memo names them: in their unit, or in the office itself when placed in no unit;
   * the director of their unit by the order in force signs as "ผู้อำนวยการ" and the unit's name.
   */
  static PersonSummary summary(StaffRef s, Optional<UnitRef> unit, OfficeRef office, boolean headsUnit,
      String actingRole) {
    String unitCode = unit.map(UnitRef::code).orElse(office.code());
    String unitName = unit.map(UnitRef::nameTh).orElse(office.nameTh());
    String roleTitle = headsUnit ? Titles.directorOf(unitName) : null;
    return new PersonSummary(s.uid(), s.fullNameTh(), s.positionTitle(), roleTitle, unitCode, unitName, actingRole);
  }

  @Override
  public Optional<String> unitDirectorUid(String unitCode, LocalDate at) {
    return Heads.of(standIns, units).headOf(unitCode, at);
  }

  @Override
  public OfficeInfo office() {
    String phone = ConfigProvider.getConfig().getOptionalValue("ict.office.phone", String.class).orElse(null);
    return office(units.officeRef(), phone);
  }

  /** The office as the forms print it: its abbreviation where recorded, else its short name; requests go to its director. */
  static OfficeInfo office(OfficeRef o, String phone) {
    String shortName = o.abbreviationTh() != null ? o.abbreviationTh() : o.shortNameTh();
    return new OfficeInfo(o.nameTh(), shortName, Titles.directorOf(o.nameTh()), ICT_UNIT, phone);
  }

  /**
   * The unit's register as the office's administrators set it (its own prefix when the office
   * numbers per unit, else the office's); until a prefix is recorded, the configured one
   * ({@code ict.office.letter-prefix}), or the manual's own placeholder "ศธ 04xxx".
   */
  @Override
  public LetterRegister letterRegister(String unitCode) {
    String prefix = letterPrefix(documents.letterPrefix(unitCode).orElse(null),
        ConfigProvider.getConfig().getOptionalValue("ict.office.letter-prefix", String.class));
    YearBasis basis = documents.yearBasis().orElse(null);
    return new LetterRegister(prefix, basis == null ? null : basis == YearBasis.CALENDAR_YEAR);
  }

  /** Thai digits as the office set them, and its emblem when one is uploaded. */
  @Override
  public DocumentStyle documentStyle() {
    return new DocumentStyle(documents.thaiDigits(),
        documents.emblem().map(Emblem::content).orElse(null));
  }

  /** The placeholder the manual prints where the office's own prefix goes. */
  static final String PLACEHOLDER_PREFIX = "ศธ 04xxx";

  static String letterPrefix(String recorded, Optional<String> configured) {
    if (recorded != null && !recorded.isBlank()) {
      return recorded;
    }
    return configured.orElse(PLACEHOLDER_PREFIX);
  }
}
