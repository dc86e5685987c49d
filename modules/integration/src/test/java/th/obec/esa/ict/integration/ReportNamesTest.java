package th.obec.esa.ict.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.organization.api.OfficeRef;
import th.obec.esa.ict.organization.api.StaffRef;
import th.obec.esa.ict.organization.api.UnitRef;
import th.obec.esa.ict.organization.process.ProcessView;
import th.obec.esa.ict.reports.port.ProcessRef;
import th.obec.esa.ict.reports.port.ReportOffice;

/** The names the reports print: the office, the ICT group, its head; the processes' forms. */
class ReportNamesTest {

  static final String ICT_NAME = "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร";
  static final OfficeRef OFFICE = new OfficeRef(Organisation.OFFICE_CODE, Organisation.OFFICE_NAME, "สพป.ชุมพร เขต 1",
      null, null, 1L);
  static final UnitRef ICT = new UnitRef(3, "ICT", ICT_NAME, "Distance Education and ICT Promotion", null);
  static final StaffRef HEAD = new StaffRef(4, "nanphat", "นางนันทน์ภัส เกียรติมาพรศักดิ์", null, 3L, ICT_NAME,
      "นักวิเคราะห์นโยบายและแผนชำนาญการ", "อ 30", "ACTIVE", false);

  @Test
  void theIctGroupsActingDirectorReportsToTheOfficesDirectorUnderHerOwnPosition() {
    String acting = "ปฏิบัติหน้าที่ ผู้อำนวยการ" + ICT_NAME;
    ReportOffice r = OrganizationForReports.office(OFFICE, Optional.of(ICT), Optional.of(HEAD), acting);
    assertEquals(Organisation.OFFICE_NAME, r.officeNameTh());
    assertEquals(ICT_NAME, r.ictUnitNameTh());
    assertEquals("นางนันทน์ภัส เกียรติมาพรศักดิ์", r.ictHeadName());
    assertEquals("นักวิเคราะห์นโยบายและแผนชำนาญการ", r.ictHeadPosition(), "her own position, not the post she acts in");
    assertEquals(acting, r.ictHeadActingRole(), "the acting line as the order prints it");
    assertEquals("ผู้อำนวยการ" + Organisation.OFFICE_NAME, r.directorTitle());
  }

  @Test
  void whileTheGroupHasNoDirectorInTheOrderNoOneIsNamed() {
    ReportOffice r = OrganizationForReports.office(OFFICE, Optional.of(ICT), Optional.empty(), null);
    assertNull(r.ictHeadName());
    assertNull(r.ictHeadPosition());
    assertEquals(ICT_NAME, r.ictUnitNameTh());
    assertEquals("ผู้อำนวยการ" + Organisation.OFFICE_NAME, r.directorTitle());
  }

  @Test
  void withoutTheIctUnitInTheReferenceDataTheManualsName() {
    assertEquals(ICT_NAME, OrganizationForReports.office(OFFICE, Optional.empty(), Optional.empty(), null).ictUnitNameTh());
  }

  @Test
  void aDirectorsTitleIsTheWordAndTheName() {
    assertEquals("ผู้อำนวยการกลุ่มอำนวยการ", Titles.directorOf("กลุ่มอำนวยการ"));
  }

  @Test
  void aProcessKeepsItsFormsInTheManualsOrder() {
    ProcessView p = new ProcessView(1, 3, 3L, ICT_NAME, "การซ่อมบำรุงวัสดุอุปกรณ์", null, "Repairs", null, List.of(),
        List.of(), List.of(), List.of(
            new ProcessView.FormUse(3, "F03", "แบบแจ้งซ่อมวัสดุอุปกรณ์", "Repair request", "แบบแจ้งซ่อม"),
            new ProcessView.FormUse(10, "F10", "แบบสรุปผลการดำเนินงาน", "Summary", "แบบสรุปผล")),
        List.of());
    assertEquals(new ProcessRef(3, "การซ่อมบำรุงวัสดุอุปกรณ์", "Repairs", List.of("F03", "F10")),
        OrganizationForReports.process(p));
  }
}
