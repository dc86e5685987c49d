package th.obec.esa.ict.organization.staff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PersonNameTest {

  @Test
  void aPrintedNameSplitsIntoTitleGivenAndFamilyName() {
    PersonName n = PersonName.parse("นางขวัญศิริ กองช่าง");
    assertEquals("นาง", n.prefix());
    assertEquals("ขวัญศิริ", n.given());
    assertEquals("กองช่าง", n.family());
    assertNull(n.positionTitle());
    assertEquals("นางขวัญศิริ กองช่าง", n.full());
  }

  @Test
  void nangSaoIsNotReadAsNangPlusAGivenName() {
    PersonName n = PersonName.parse("นางสาวพนอ ทิพย์พิมลรัตน์");
    assertEquals("นางสาว", n.prefix());
    assertEquals("พนอ", n.given());
  }

  @Test
  void aPositionPrintedAfterTheNameIsKeptApart() {
    PersonName n = PersonName.parse("นายจ๋านงค์ ด้วงทอง ตำแหน่งพนักงานธุรการ");
    assertEquals("จ๋านงค์", n.given());
    assertEquals("ด้วงทอง", n.family());
    assertEquals("พนักงานธุรการ", n.positionTitle());
  }

  @Test
  void extraSpacesAndAMissingTitleAreTolerated() {
    PersonName n = PersonName.parse("  สุทธิพันธ์   แสงขำ ");
    assertNull(n.prefix());
    assertEquals("สุทธิพันธ์ แสงขำ", n.key());
    assertEquals(PersonName.parse("นายสุทธิพันธ์ แสงขำ").key(), n.key());
    assertNull(PersonName.parse("  "));
  }

  @Test
  void aSearchTermLosesItsTitle() {
    assertEquals("ขวัญศิริ", PersonName.withoutPrefix("นางขวัญศิริ"));
    assertEquals("นาง", PersonName.withoutPrefix("นาง"));
  }

  @Test
  void positionNumbersAreNormalisedWithoutInventingALetter() {
    assertEquals("16", PositionNumber.normalize("๑6"));
    assertEquals("อ 30", PositionNumber.normalize("อ30"));
    assertEquals("อ 34", PositionNumber.normalize(" อ  ๓๔ "));
    assertNull(PositionNumber.normalize(" "));
    assertTrue(PositionNumber.hasLetterPrefix("อ 7"));
    assertFalse(PositionNumber.hasLetterPrefix("16"));
  }

  @Test
  void theLevelIsSplitOffAPrintedTitle() {
    assertArrayEquals(new String[] {"นักวิเคราะห์นโยบายและแผน", "ชำนาญการ"},
        Position.splitLevel("นักวิเคราะห์นโยบายและแผนชำนาญการ"));
    assertArrayEquals(new String[] {"นักประชาสัมพันธ์", "ชำนาญการพิเศษ"},
        Position.splitLevel("นักประชาสัมพันธ์ชำนาญการพิเศษ"));
    assertArrayEquals(new String[] {"ช่างไม้", null}, Position.splitLevel("ช่างไม้"));
  }
}
