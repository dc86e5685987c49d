package th.obec.esa.ict.reports.year;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Thai digits everywhere but in form codes. */
class ReportDigitsTest {

  @Test
  void figuresBecomeThaiAndCodesStay() {
    assertEquals("ได้รับ ๔๒ เรื่อง (ร้อยละ ๙๐.๔๘)", ReportDigits.thai("ได้รับ 42 เรื่อง (ร้อยละ 90.48)"));
    assertEquals("แบบแจ้งซ่อม (F03) ๑๕ เรื่อง", ReportDigits.thai("แบบแจ้งซ่อม (F03) 15 เรื่อง"));
    assertEquals("F13/F15", ReportDigits.thai("F13/F15"));
    assertEquals("ศธ ๐๔๐๘๖/๔๑๒", ReportDigits.thai("ศธ 04086/412"));
    assertEquals("๑๒,๔๕๐.๕๐", ReportDigits.thai("12,450.50"));
    assertNull(ReportDigits.thai(null));
    assertEquals("F21 2569", ReportDigits.of(false).apply("F21 2569"));
  }
}
