package th.obec.esa.ict.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The one digit rule of every document: codes and record numbers Arabic, every other digit Thai when the office wants it. */
class DocumentDigitsTest {

  @Test
  void formCodesAndRecordNumbersKeepArabicDigits() {
    assertEquals("แบบฟอร์ม F05 ฉบับที่ ๓", DocumentDigits.thai("แบบฟอร์ม F05 ฉบับที่ 3"));
    assertEquals("เลขที่ F01-2569/001 วันที่ ๕ ธันวาคม ๒๕๖๙", DocumentDigits.thai("เลขที่ F01-2569/001 วันที่ 5 ธันวาคม 2569"));
    assertEquals("(F12) ของ F22", DocumentDigits.thai("(F12) ของ F22"));
    assertEquals("F13/F15", DocumentDigits.thai("F13/F15"));
  }

  @Test
  void everythingElseTurnsThai() {
    assertEquals("ที่ ศธ ๐๔๐๘๖/๑๒๓", DocumentDigits.thai("ที่ ศธ 04086/123"));
    assertEquals("๑๒,๔๕๐.๕๐ บาท", DocumentDigits.thai("12,450.50 บาท"));
    assertEquals("S.D. ๐.๕๘", DocumentDigits.thai("S.D. 0.58"));
  }

  @Test
  void aThaiDigitTypedInsideACodeIsPutBack() {
    assertEquals("F05", DocumentDigits.thai("F๐๕"));
  }

  @Test
  void arabicDigitsWhenTheOfficeSaysSo() {
    assertEquals("ที่ ศธ 04086/123 F05", DocumentDigits.of(false).apply("ที่ ศธ 04086/123 F05"));
    assertEquals("ที่ ศธ ๐๔๐๘๖/๑๒๓ F05", DocumentDigits.of(true).apply("ที่ ศธ 04086/123 F05"));
    assertNull(DocumentDigits.thai(null));
  }
}
