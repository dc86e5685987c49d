package th.obec.esa.ict.web.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.organization.order.AssignmentView;
import th.obec.esa.ict.organization.staff.StaffSummary;

/** Names and headers as the organisation pages show them. */
class TextsTest {

  private static final String UNKNOWN = "(ไม่ทราบชื่อ)";

  private static StaffSummary person(String prefix, String given, String family, String english) {
    String full = given == null ? null : prefix + given + " " + family;
    return new StaffSummary(5, "khwansiri", prefix, given, family, full, null, null, english,
        given == null ? "UNKNOWN_NAME" : "ACTIVE", given == null, 3L, "กลุ่ม", null, 4L, "นักวิเคราะห์", "อ 34", null, 0);
  }

  private static AssignmentView entry(StaffSummary s, String header, String actingRole) {
    return new AssignmentView(4, 1, "275/2561", "IN_FORCE", LocalDate.of(2018, 10, 16), null, s, 3L, "กลุ่ม", null, 2,
        false, "นักวิเคราะห์นโยบายและแผนชำนาญการ", "อ 34", actingRole, null, header, null, List.of());
  }

  @Test
  void aPersonWhoseNameWasCutIsShownAsSuchNeverBlank() {
    assertEquals(UNKNOWN, Texts.person(person(null, null, null, null), false, UNKNOWN));
    assertEquals(UNKNOWN, Texts.person(person(null, null, null, null), true, UNKNOWN));
    assertEquals("", Texts.person(null, false, UNKNOWN));
  }

  @Test
  void englishPagesUseTheEnglishNameWhereThereIsOne() {
    StaffSummary k = person("นาง", "ขวัญศิริ", "กองช่าง", "Khwansiri Kongchang");
    assertEquals("นางขวัญศิริ กองช่าง", Texts.person(k, false, UNKNOWN));
    assertEquals("Khwansiri Kongchang", Texts.person(k, true, UNKNOWN));
    assertEquals("นางขวัญศิริ กองช่าง", Texts.person(person("นาง", "ขวัญศิริ", "กองช่าง", null), true, UNKNOWN));
  }

  @Test
  void aPrintedHeaderIsKeptAndAMissingOneIsComposedLikeTheOrder() {
    StaffSummary k = person("นาง", "ขวัญศิริ", "กองช่าง", null);
    assertEquals("ตามที่พิมพ์", Texts.header(entry(k, "ตามที่พิมพ์", null), "cut"));
    assertEquals("นางขวัญศิริ กองช่าง ตำแหน่ง นักวิเคราะห์นโยบายและแผนชำนาญการ ตำแหน่งเลขที่ อ 34 "
        + "มีหน้าที่และความรับผิดชอบการปฏิบัติงาน ดังนี้", Texts.header(entry(k, null, null), "cut"));
    assertEquals("นางขวัญศิริ กองช่าง ตำแหน่ง นักวิเคราะห์นโยบายและแผนชำนาญการ ตำแหน่งเลขที่ อ 34 "
        + "ปฏิบัติหน้าที่ ผู้อำนวยการกลุ่ม มีหน้าที่และความรับผิดชอบการปฏิบัติงาน ดังนี้",
        Texts.header(entry(k, null, "ปฏิบัติหน้าที่ ผู้อำนวยการกลุ่ม"), "cut"));
    assertEquals("cut", Texts.header(entry(person(null, null, null, null), null, null), "cut"));
  }

  @Test
  void aFindingShowsItsValueWhenThereIsOne() {
    assertEquals("เลขไทยปนเลขอารบิก: ๑6", Texts.withValue("เลขไทยปนเลขอารบิก", "๑6"));
    assertEquals("ไม่มีชื่อ", Texts.withValue("ไม่มีชื่อ", " "));
  }
}
