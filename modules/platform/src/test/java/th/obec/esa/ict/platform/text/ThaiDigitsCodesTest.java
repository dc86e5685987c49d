package th.obec.esa.ict.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Printed documents take Thai digits, but a form code keeps the digits it is known by. */
class ThaiDigitsCodesTest {

  @Test
  void numbersTurnThaiAndCodesStay() {
    assertEquals("แบบติดตาม (F22) ปีงบประมาณ ๒๕๗๐", ThaiDigits.toThaiExceptCodes("แบบติดตาม (F22) ปีงบประมาณ 2570"));
    assertEquals("ที่ ศธ ๐๔๐๘๖/๑๒๓", ThaiDigits.toThaiExceptCodes("ที่ ศธ 04086/123"));
    assertEquals("F03 ๔๒ เรื่อง", ThaiDigits.toThaiExceptCodes("F03 42 เรื่อง"));
    assertEquals("S.D. ๐.๕๘", ThaiDigits.toThaiExceptCodes("S.D. 0.58"));
    assertNull(ThaiDigits.toThaiExceptCodes(null));
  }

  /** The F21's sentences and tables, as the reports module printed them before it used this rule. */
  @Test
  void figuresBecomeThaiAndCodesStay() {
    assertEquals("ได้รับ ๔๒ เรื่อง (ร้อยละ ๙๐.๔๘)", ThaiDigits.toThaiExceptCodes("ได้รับ 42 เรื่อง (ร้อยละ 90.48)"));
    assertEquals("แบบแจ้งซ่อม (F03) ๑๕ เรื่อง", ThaiDigits.toThaiExceptCodes("แบบแจ้งซ่อม (F03) 15 เรื่อง"));
    assertEquals("F13/F15", ThaiDigits.toThaiExceptCodes("F13/F15"));
    assertEquals("ศธ ๐๔๐๘๖/๔๑๒", ThaiDigits.toThaiExceptCodes("ศธ 04086/412"));
    assertEquals("๑๒,๔๕๐.๕๐", ThaiDigits.toThaiExceptCodes("12,450.50"));
    assertEquals("F21 2569", th.obec.esa.ict.platform.pdf.ThaiFonts.digits(false).apply("F21 2569"));
  }
}
