package th.obec.esa.ict.reports.testdoubles;

import jakarta.enterprise.context.ApplicationScoped;
import th.obec.esa.ict.reports.port.ReportOffice;
import th.obec.esa.ict.reports.port.ReportOfficePort;

/** สพป.ชุมพร เขต 1 and the head of its ICT group, as in order 275/2561. */
@ApplicationScoped
public class TestReportOffice implements ReportOfficePort {

  public static final ReportOffice OFFICE = new ReportOffice("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต 1",
      "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร", "นางนันทน์ภัส เกียรติมาพรศักดิ์",
      "นักวิเคราะห์นโยบายและแผนชำนาญการ", "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต 1",
      "ปฏิบัติหน้าที่ ผู้อำนวยการกลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร");

  @Override
  public ReportOffice office() {
    return OFFICE;
  }

  @Override
  public boolean thaiDigits() {
    return true;
  }
}
