package th.obec.esa.ict.reports.testdoubles;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import th.obec.esa.ict.reports.port.RecordLine;
import th.obec.esa.ict.reports.port.RecordsPort;
import th.obec.esa.ict.reports.port.ReturnLine;

/** DMC and EMIS returns of 98 schools, two studies and three improvements in FY2569. */
@ApplicationScoped
public class TestRecords implements RecordsPort {

  public static final List<ReturnLine> RETURNS = List.of(
      new ReturnLine("DMC", "ระบบจัดเก็บข้อมูลนักเรียนรายบุคคล", 3, 294, 280, 12, 2, 0),
      new ReturnLine("EMIS", "ระบบสารสนเทศเพื่อการบริหารการศึกษา", 2, 196, 190, 4, 0, 2));
  public static final List<RecordLine> STUDIES = List.of(
      new RecordLine("F13", 301, "ศก 1/2569", "การวิเคราะห์ความต้องการข้อมูลสารสนเทศของผู้บริหารสถานศึกษา",
          "รายงานผลแล้ว", LocalDate.of(2025, 12, 4), true),
      new RecordLine("F13", 302, "ศก 2/2569", "การศึกษาการใช้งานระบบ DMC ของโรงเรียนขนาดเล็ก", "กำลังศึกษา",
          LocalDate.of(2026, 6, 18), false));
  public static final List<RecordLine> IMPROVEMENTS = List.of(
      new RecordLine("F16", 401, "พป 1/2569", "ระบบแจ้งซ่อมออนไลน์ของสำนักงาน", "รายงานผลแล้ว",
          LocalDate.of(2025, 11, 10), true),
      new RecordLine("F16", 402, "พป 2/2569", "การลงนามเอกสารอิเล็กทรอนิกส์ในระบบสารบรรณ", "รายงานผลแล้ว",
          LocalDate.of(2026, 2, 2), true),
      new RecordLine("F16", 403, "พป 3/2569", "แดชบอร์ดติดตามการส่งข้อมูล DMC", "กำลังดำเนินการ",
          LocalDate.of(2026, 9, 30), false));

  @Override
  public List<ReturnLine> returns(LocalDate from, LocalDate to) {
    return Fy2569.asked(from, to) ? RETURNS : List.of();
  }

  @Override
  public List<RecordLine> studies(LocalDate from, LocalDate to) {
    return Fy2569.asked(from, to) ? STUDIES : List.of();
  }

  @Override
  public List<RecordLine> improvements(LocalDate from, LocalDate to) {
    return Fy2569.asked(from, to) ? IMPROVEMENTS : List.of();
  }
}
