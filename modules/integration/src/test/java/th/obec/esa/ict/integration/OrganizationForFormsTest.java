package th.obec.esa.ict.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.forms.port.OfficeInfo;
import th.obec.esa.ict.forms.port.PersonSummary;
import th.obec.esa.ict.organization.api.OfficeRef;
import th.obec.esa.ict.organization.api.StaffRef;

/** People and the office as the forms print them: signing titles, units, the letter-number prefix. */
class OrganizationForFormsTest {

  static final String ICT_NAME = "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร";
  static final LocalDate DAY = LocalDate.of(2019, 6, 3);

  private final Organisation org = new Organisation()
      .unit("ICT", ICT_NAME, null)
      .unit("ICT-SYSTEMS", "กลุ่มงานระบบคอมพิวเตอร์และเทคโนโลยีสารสนเทศและการสื่อสาร", "ICT")
      .person("director", "นางสาวพนอ ทิพย์พิมลรัตน์", null, "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต 1")
      .person("nanphat", "นางนันทน์ภัส เกียรติมาพรศักดิ์", "ICT", "นักวิเคราะห์นโยบายและแผนชำนาญการ")
      .person("khwansiri", "นางขวัญศิริ กองช่าง", "ICT", "นักวิชาการคอมพิวเตอร์ชำนาญการ")
      .areaDirector("director")
      .directs("nanphat", "ICT", LocalDate.of(2018, 11, 1));

  /** What {@link OrganizationForForms#person} answers, over the test's office. */
  private PersonSummary person(String uid, LocalDate on) {
    Heads heads = org.heads();
    StaffRef s = org.staff(uid);
    var unit = heads.unitOf(s);
    return OrganizationForForms.summary(s, unit, org.office(), unit.map(u -> heads.heads(uid, u, on)).orElse(false),
        null);
  }

  @Test
  void theDirectorOfAUnitSignsAsItsDirector() {
    PersonSummary p = person("nanphat", DAY);
    assertEquals("ผู้อำนวยการ" + ICT_NAME, p.roleTitle());
    assertEquals("ผู้อำนวยการ" + ICT_NAME, p.signingTitle());
    assertEquals("นักวิเคราะห์นโยบายและแผนชำนาญการ", p.position());
    assertEquals("นางนันทน์ภัส เกียรติมาพรศักดิ์", p.thaiName());
    assertEquals("ICT", p.unitCode());
    assertEquals(ICT_NAME, p.unitName());
  }

  @Test
  void aMemberSignsWithTheirPosition() {
    PersonSummary p = person("khwansiri", DAY);
    assertNull(p.roleTitle());
    assertEquals("นักวิชาการคอมพิวเตอร์ชำนาญการ", p.signingTitle());
    assertEquals("ICT", p.unitCode());
  }

  @Test
  void beforeTheOrderNamesHerTheDirectorSignsWithHerPosition() {
    assertEquals("นักวิเคราะห์นโยบายและแผนชำนาญการ", person("nanphat", LocalDate.of(2018, 10, 31)).signingTitle());
  }

  @Test
  void theAreaDirectorIsPlacedInTheOfficeAndSignsWithHerPosition() {
    PersonSummary p = person("director", DAY);
    assertEquals(Organisation.OFFICE_CODE, p.unitCode());
    assertEquals(Organisation.OFFICE_NAME, p.unitName());
    assertNull(p.roleTitle());
    assertEquals("ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต 1", p.signingTitle());
  }

  @Test
  void theUnitDirectorAskedByTheFormsIsTheHeadOfTheUnitOrOfTheOffice() {
    Heads heads = org.heads();
    assertEquals(Optional.of("nanphat"), heads.headOf("ICT", DAY));
    assertEquals(Optional.of("director"), heads.headOf(Organisation.OFFICE_CODE, DAY));
    assertEquals(Optional.empty(), heads.headOf("ICT-SYSTEMS", DAY));
  }

  @Test
  void theOfficeGoesByItsAbbreviationAndRequestsAreAddressedToItsDirector() {
    OfficeRef o = new OfficeRef(Organisation.OFFICE_CODE, Organisation.OFFICE_NAME, "สพป.ชุมพร เขต 1", "สพป.ชพ.1",
        null, 1L);
    OfficeInfo info = OrganizationForForms.office(o, "0 7751 1234");
    assertEquals(Organisation.OFFICE_NAME, info.name());
    assertEquals("สพป.ชพ.1", info.shortName());
    assertEquals("ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต 1", info.directorTitle());
    assertEquals("ICT", info.ictUnitCode());
    assertEquals("0 7751 1234", info.phone());
  }

  @Test
  void withoutAnAbbreviationTheOfficeGoesByItsShortNameAndMayHaveNoPhone() {
    OfficeInfo info = OrganizationForForms.office(org.office(), null);
    assertEquals("สพป.ชุมพร เขต 1", info.shortName());
    assertNull(info.phone());
  }

  @Test
  void theLetterPrefixRecordedByTheOfficeComesFirst() {
    assertEquals("ศธ 04086", OrganizationForForms.letterPrefix("ศธ 04086", Optional.of("ศธ 04999")));
  }

  @Test
  void untilOneIsRecordedTheConfiguredPrefix() {
    assertEquals("ศธ 04999", OrganizationForForms.letterPrefix(null, Optional.of("ศธ 04999")));
  }

  @Test
  void aBlankRecordedPrefixCountsAsNotRecorded() {
    assertEquals("ศธ 04999", OrganizationForForms.letterPrefix("   ", Optional.of("ศธ 04999")));
    assertEquals("ศธ 04999", OrganizationForForms.letterPrefix("", Optional.of("ศธ 04999")));
  }

  @Test
  void withNeitherTheManualsPlaceholder() {
    assertEquals("ศธ 04xxx", OrganizationForForms.letterPrefix(null, Optional.empty()));
    assertEquals("ศธ 04xxx", OrganizationForForms.letterPrefix(" ", Optional.empty()));
  }
}
