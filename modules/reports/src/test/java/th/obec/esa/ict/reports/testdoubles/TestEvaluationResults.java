package th.obec.esa.ict.reports.testdoubles;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import th.obec.esa.ict.reports.port.EvaluationLine;
import th.obec.esa.ict.reports.port.EvaluationResultsPort;

/** Two evaluations closed in FY2569: the network (F11, no band given) and the website (F20). */
@ApplicationScoped
public class TestEvaluationResults implements EvaluationResultsPort {

  public static final List<EvaluationLine> FY2569 = List.of(
      new EvaluationLine(1201, "F11", "ติดตามประเมินผลระบบเครือข่ายคอมพิวเตอร์และระบบสื่อสารโทรคมนาคม ปีงบประมาณ 2569",
          "ระบบเครือข่ายสำนักงานและโรงเรียนในสังกัด", "ปิดแล้ว", 86, new BigDecimal("4.12"), new BigDecimal("0.63"),
          null, null),
      new EvaluationLine(1202, "F20", "ความพึงพอใจต่อเว็บไซต์สำนักงาน", "เว็บไซต์ สพป.ชุมพร เขต 1", "ปิดแล้ว", 57,
          new BigDecimal("4.58"), new BigDecimal("0.49"), "มากที่สุด", "highest"));

  @Override
  public List<EvaluationLine> results(LocalDate from, LocalDate to) {
    return Fy2569.asked(from, to) ? FY2569 : List.of();
  }
}
