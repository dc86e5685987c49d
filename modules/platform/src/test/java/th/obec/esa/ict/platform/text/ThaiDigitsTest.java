package th.obec.esa.ict.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ThaiDigitsTest {

  @Test
  void normalisesTheMixedPositionNumberOfTheOrder() {
    assertEquals("16", ThaiDigits.toArabic("๑6"));
    assertTrue(ThaiDigits.isMixed("๑6"));
    assertFalse(ThaiDigits.isMixed("อ 30"));
  }

  @Test
  void writesLetterNumbersInThaiDigits() {
    assertEquals("ศธ ๐๔๐๘๖/๑๒๓", ThaiDigits.toThai("ศธ 04086/123"));
    assertEquals("ศธ 04086/123", ThaiDigits.toArabic("ศธ ๐๔๐๘๖/๑๒๓"));
  }

  @Test
  void leavesOtherTextAndNullAlone() {
    assertEquals("นางขวัญศิริ กองช่าง", ThaiDigits.toThai("นางขวัญศิริ กองช่าง"));
    assertNull(ThaiDigits.toArabic(null));
  }
}
