package th.obec.esa.ict.reports.testdoubles;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import th.obec.esa.ict.reports.port.CaseLine;
import th.obec.esa.ict.reports.port.CasesPort;

/**
 * Evaluations. A careless source: it answers with all its cases whatever forms were asked, and
 * repeats one, so that the merge must filter and de-duplicate.
 */
@ApplicationScoped
public class TestEvaluationCases implements CasesPort {

  public static final List<CaseLine> CASES = List.of(
      new CaseLine("EVALUATION", 1203, "F22", null, "ติดตามประเมินผลระบบข้อมูลสารสนเทศ ปี 2570", "OPEN",
          "เปิดรับคำตอบ", "Open for answers", "OPEN", LocalDate.of(2026, 11, 15), false),
      new CaseLine("EVALUATION", 1202, "F20", null, "ความพึงพอใจต่อเว็บไซต์สำนักงาน", "CLOSED", "ปิดแล้ว", "Closed",
          "DONE", LocalDate.of(2026, 8, 1), true),
      new CaseLine("EVALUATION", 1201, "F11", null, "ติดตามประเมินผลระบบเครือข่าย ปีงบประมาณ 2569", "CLOSED",
          "ปิดแล้ว", "Closed", "DONE", LocalDate.of(2026, 5, 12), true),
      new CaseLine("EVALUATION", 1201, "F11", null, "ติดตามประเมินผลระบบเครือข่าย ปีงบประมาณ 2569", "CLOSED",
          "ปิดแล้ว", "Closed", "DONE", LocalDate.of(2026, 5, 12), true));

  @Override
  public List<CaseLine> cases(int process, Set<String> formCodes, int max) {
    return CASES;
  }
}
