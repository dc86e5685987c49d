package th.obec.esa.ict.reports.testdoubles;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import th.obec.esa.ict.reports.port.CaseLine;
import th.obec.esa.ict.reports.port.CasesPort;

/**
 * Requests filed with the forms module, each under one process ({@link #PROCESS}); answers only
 * for the process and forms asked, newest first, as the contract says.
 */
@ApplicationScoped
public class TestSubmissionCases implements CasesPort {

  public static final List<CaseLine> CASES = List.of(
      new CaseLine("SUBMISSION", 5003, "F03", "ศธ 04086/412", "เครื่องพิมพ์ห้องกลุ่มนโยบายและแผนไม่ดึงกระดาษ",
          "IN_PROGRESS", "กำลังซ่อม", "Being repaired", "IN_PROGRESS", LocalDate.of(2026, 11, 20), true),
      new CaseLine("SUBMISSION", 5002, "F04", "ศธ 04086/405", "ขอยืมโปรเจกเตอร์ไปอบรมครู", "SUBMITTED",
          "ส่งแล้ว รอพิจารณา", "Submitted", "OPEN", LocalDate.of(2026, 11, 18), true),
      new CaseLine("SUBMISSION", 5001, "F03", "ศธ 04086/388", "คอมพิวเตอร์ห้องการเงินเปิดไม่ติด", "CLOSED",
          "ซ่อมเสร็จแล้ว", "Repaired", "DONE", LocalDate.of(2026, 10, 2), true),
      new CaseLine("SUBMISSION", 4990, "F02", "ศธ 04086/350", "ขอใช้ห้องประชุมออนไลน์", "REJECTED", "ไม่อนุมัติ",
          "Rejected", "REFUSED", LocalDate.of(2026, 9, 1), true),
      new CaseLine("SUBMISSION", 4980, "F08", "ศธ 04086/301", "ขอมีบัญชีผู้ใช้งานระบบสารบรรณ", "CLOSED",
          "ออกบัญชีแล้ว", "Issued", "DONE", LocalDate.of(2026, 8, 14), true),
      new CaseLine("SUBMISSION", 4970, "F05", "ศธ 04086/280", "ขอติดตั้งจุดกระจายสัญญาณไร้สาย", "APPROVED",
          "อนุมัติแล้ว", "Approved", "IN_PROGRESS", LocalDate.of(2026, 7, 3), true),
      new CaseLine("SUBMISSION", 4960, "F14", "ศธ 04086/250", "ขอสิทธิ์เข้าถึงระบบ DMC", "DRAFT", "ร่าง", "Draft",
          "OPEN", LocalDate.of(2026, 6, 1), false));

  /** The process each request is filed under: the repair 5001 under process 6, though the F03 serves 5, 6, 8 and 9. */
  public static final Map<Long, Integer> PROCESS = Map.of(5003L, 5, 5002L, 5, 5001L, 6, 4990L, 5, 4980L, 10,
      4970L, 6, 4960L, 12);

  @Override
  public List<CaseLine> cases(int process, Set<String> formCodes, int max) {
    return CASES.stream().filter(c -> PROCESS.get(c.id()) == process && formCodes.contains(c.formCode())).limit(max)
        .toList();
  }
}
