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
  private StandIns standIns;

  @EJB
  private ProcessService processes;

  @Override
  public ReportOffice office() {
    OfficeRef o = units.officeRef();
    Optional<UnitRef> ict = units.unitByCode(OrganizationForForms.ICT_UNIT);
    Optional<StaffRef> head = ict.flatMap(u -> standIns.unitDirectorOf(u.id(), LocalDate.now()));
    String unitName = ict.map(UnitRef::nameTh).orElse("กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร");
    // the F21 is signed with her own position and the acting role as order 275/2561 prints it, not the post
    return new ReportOffice(o.nameTh(), unitName, head.map(StaffRef::fullNameTh).orElse(null),
        head.map(StaffRef::positionTitle).orElse(null), "ผู้อำนวยการ" + o.nameTh(),
        head.flatMap(h -> standIns.actingRoleOf(h.uid(), LocalDate.now())).orElse(null));
  }

  @Override
  public List<ProcessRef> processes() {
    return processes.processes().stream()
        .map(p -> new ProcessRef(p.number(), p.nameTh(), p.nameEn(),
            p.forms().stream().map(ProcessView.FormUse::code).toList()))
        .toList();
  }
}
