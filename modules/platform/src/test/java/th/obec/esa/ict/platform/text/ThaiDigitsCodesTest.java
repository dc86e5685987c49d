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
}
