package th.obec.esa.ict.reports.testdoubles;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import th.obec.esa.ict.reports.port.CaseLine;
import th.obec.esa.ict.reports.port.CasesPort;

/** Return rounds (F01), studies (F13) and improvements (F16) of the records module. */
@ApplicationScoped
public class TestRecordCases implements CasesPort {

  public static final List<CaseLine> CASES = List.of(
      new CaseLine("RETURN_ROUND", 71, "F01", null, "DMC รอบ 10 พฤศจิกายน 2569", "OPEN", "กำลังรับข้อมูล",
          "Collecting", "IN_PROGRESS", LocalDate.of(2026, 11, 1), false),
      new CaseLine("IMPROVEMENT", 403, "F16", "พป 3/2569", "แดชบอร์ดติดตามการส่งข้อมูล DMC", "ACTIVE",
          "กำลังดำเนินการ", "In progress", "IN_PROGRESS", LocalDate.of(2026, 9, 30), false),
      new CaseLine("STUDY", 302, "F13", "ศก 2/2569", "การศึกษาการใช้งานระบบ DMC ของโรงเรียนขนาดเล็ก", "ACTIVE",
          "กำลังศึกษา", "Studying", "IN_PROGRESS", LocalDate.of(2026, 6, 18), false),
      new CaseLine("RETURN_ROUND", 70, "F01", null, "EMIS รอบ 10 มิถุนายน 2569", "CLOSED", "ปิดรอบแล้ว", "Closed",
          "DONE", LocalDate.of(2026, 6, 1), false),
      new CaseLine("IMPROVEMENT", 401, "F16", "พป 1/2569", "ระบบแจ้งซ่อมออนไลน์ของสำนักงาน", "REPORTED",
          "รายงานผลแล้ว", "Reported", "DONE", LocalDate.of(2025, 11, 10), true),
      new CaseLine("STUDY", 301, "F13", "ศก 1/2569", "การวิเคราะห์ความต้องการข้อมูลสารสนเทศของผู้บริหารสถานศึกษา",
          "REPORTED", "รายงานผลแล้ว", "Reported", "DONE", LocalDate.of(2025, 12, 4), true));

  @Override
  public List<CaseLine> cases(int process, Set<String> formCodes, int max) {
    return CASES.stream().filter(c -> formCodes.contains(c.formCode())).limit(max).toList();
  }
}
