package th.obec.esa.ict.reports.testdoubles;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import th.obec.esa.ict.reports.port.AccountFigures;
import th.obec.esa.ict.reports.port.LoanFigures;
import th.obec.esa.ict.reports.port.RepairFigures;
import th.obec.esa.ict.reports.port.RequestLine;
import th.obec.esa.ict.reports.port.WorkFigures;
import th.obec.esa.ict.reports.port.WorkFiguresPort;

/** 42 requests in FY2569 across F02–F05, F08 and F14, as the forms module would count them. */
@ApplicationScoped
public class TestWorkFigures implements WorkFiguresPort {

  public static final List<RequestLine> FY2569 = List.of(
      new RequestLine("F05", "แบบบันทึกขอให้ดำเนินการ", 5, 4, 0, 1, 4, 0, new BigDecimal("3.0")),
      new RequestLine("F03", "แบบแจ้งซ่อมวัสดุอุปกรณ์", 15, 14, 0, 1, 13, 1, new BigDecimal("4.2")),
      new RequestLine("F02", "แบบบันทึกขอใช้วัสดุอุปกรณ์", 6, 6, 0, 0, 6, 0, new BigDecimal("1.5")),
      new RequestLine("F04", "แบบบันทึกขอยืมวัสดุอุปกรณ์", 10, 9, 1, 0, 9, 0, new BigDecimal("2.0")),
      new RequestLine("F08", "แบบคำขอมีบัตรประจำตัวในการใช้งาน", 4, 4, 0, 0, 4, 0, new BigDecimal("1.0")),
      new RequestLine("F14", "แบบคำร้องขอเข้าถึงระบบข้อมูลสารสนเทศ", 2, 2, 0, 0, 2, 0, new BigDecimal("2.5")));
  public static final RepairFigures REPAIRS = new RepairFigures(15, 13, new BigDecimal("3.8"),
      new BigDecimal("12450.50"));
  public static final LoanFigures LOANS = new LoanFigures(10, 9, 2, 1);
  public static final AccountFigures ACCOUNTS = new AccountFigures(4, 4, 2, 2, 1);

  @Override
  public WorkFigures figures(LocalDate from, LocalDate to) {
    if (!Fy2569.asked(from, to)) {
      return new WorkFigures(List.of(), new RepairFigures(0, 0, null, BigDecimal.ZERO), new LoanFigures(0, 0, 0, 0),
          new AccountFigures(0, 0, 0, 0, 0));
    }
    return new WorkFigures(FY2569, REPAIRS, LOANS, ACCOUNTS);
  }
}
