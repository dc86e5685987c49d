package th.obec.esa.ict.integration;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import th.obec.esa.ict.organization.api.OfficeRef;
import th.obec.esa.ict.organization.api.StaffRef;
import th.obec.esa.ict.organization.api.StandIns;
import th.obec.esa.ict.organization.api.UnitRef;
import th.obec.esa.ict.organization.api.Units;
import th.obec.esa.ict.organization.process.ProcessService;
import th.obec.esa.ict.organization.process.ProcessView;
import th.obec.esa.ict.reports.port.ProcessCatalogPort;
import th.obec.esa.ict.reports.port.ProcessRef;
import th.obec.esa.ict.reports.port.ReportOffice;
import th.obec.esa.ict.reports.port.ReportOfficePort;

/** The office, the ICT group and its head, and the 16 work processes with their forms, for the reports. */
@Stateless
@Local({ReportOfficePort.class, ProcessCatalogPort.class})
public class OrganizationForReports implements ReportOfficePort, ProcessCatalogPort {

  @EJB
  private Units units;

  @EJB
  private th.obec.esa.ict.organization.api.OfficeDocuments documents;

  @Override
  public boolean thaiDigits() {
    return documents.thaiDigits();
  }

  @EJB
  private StandIns standIns;

  @EJB
  private ProcessService processes;

  @Override
  public ReportOffice office() {
    Optional<UnitRef> ict = units.unitByCode(Units.ICT_UNIT_CODE);
    Optional<StaffRef> head = ict.flatMap(u -> standIns.unitDirectorOf(u.id(), LocalDate.now()));
    return office(units.officeRef(), ict, head,
        head.flatMap(h -> standIns.actingRoleOf(h.uid(), LocalDate.now())).orElse(null));
  }

  /**
   * The F21's names: the ICT group's director by the order in force reports, signing with her own
   * position and the acting role as order 275/2561 prints it, not the post (neither when the post
   * is vacant); the report goes to the office's director.
   */
  static ReportOffice office(OfficeRef o, Optional<UnitRef> ict, Optional<StaffRef> ictHead, String actingRole) {
    String unitName = Units.ictUnitName(ict);
    return new ReportOffice(o.nameTh(), unitName, ictHead.map(StaffRef::fullNameTh).orElse(null),
        ictHead.map(StaffRef::positionTitle).orElse(null), Titles.directorOf(o.nameTh()), actingRole);
  }

  @Override
  public List<ProcessRef> processes() {
    return processes.processes().stream().map(OrganizationForReports::process).toList();
  }

  /** A work process and the codes of the forms it uses, in the manual's order. */
  static ProcessRef process(ProcessView p) {
    return new ProcessRef(p.number(), p.nameTh(), p.nameEn(), p.forms().stream().map(ProcessView.FormUse::code).toList());
  }
}
