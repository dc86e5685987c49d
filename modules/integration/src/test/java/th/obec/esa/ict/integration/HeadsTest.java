package th.obec.esa.ict.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who heads a unit and who is above whom, in an office shaped like the manual's (order 275/2561). */
class HeadsTest {

  static final LocalDate ORDER_IN_FORCE = LocalDate.of(2018, 11, 1);
  static final LocalDate DAY = LocalDate.of(2019, 6, 3);

  private final Organisation org = new Organisation()
      .unit("ADMIN", "กลุ่มอำนวยการ", null)
      .unit("ICT", "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร", null)
      .unit("ICT-SYSTEMS", "กลุ่มงานระบบคอมพิวเตอร์และเทคโนโลยีสารสนเทศและการสื่อสาร", "ICT")
      .unit("ICT-SERVICES", "กลุ่มงานบริการเทคโนโลยีสารสนเทศ", "ICT")
      .unit("AUDIT", "หน่วยตรวจสอบภายใน", null)
      .person("director", "นางสาวพนอ ทิพย์พิมลรัตน์", null, "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต 1")
      .person("deputy", "นายรอง ผู้ช่วย", null, "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา")
      .person("wiparat", "นางวิภารัตน์ กวาวหนึ่ง", "ADMIN", "นักประชาสัมพันธ์ชำนาญการพิเศษ")
      .person("nanphat", "นางนันทน์ภัส เกียรติมาพรศักดิ์", "ICT", "นักวิเคราะห์นโยบายและแผนชำนาญการ")
      .person("khwansiri", "นางขวัญศิริ กองช่าง", "ICT", "นักวิชาการคอมพิวเตอร์ชำนาญการ")
      .person("somsak", "นายสมศักดิ์ ระบบดี", "ICT-SYSTEMS", "นักวิชาการคอมพิวเตอร์ชำนาญการ")
      .person("malee", "นางสาวมาลี ช่างคอม", "ICT-SYSTEMS", "เจ้าพนักงานธุรการ")
      .person("pim", "นางสาวพิมพ์ บริการ", "ICT-SERVICES", "เจ้าพนักงานธุรการ")
      .person("auditor", "นางตรวจ สอบ", "AUDIT", "นักวิชาการตรวจสอบภายในชำนาญการ")
      .areaDirector("director")
      .directs("wiparat", "ADMIN", ORDER_IN_FORCE)
      .directs("nanphat", "ICT", ORDER_IN_FORCE)
      .directs("somsak", "ICT-SYSTEMS", ORDER_IN_FORCE);

  private final Heads heads = org.heads();

  @Test
  void theOfficesOwnCodeIsHeadedByTheAreaDirector() {
    assertEquals(Optional.of("director"), heads.headOf(Organisation.OFFICE_CODE, DAY));
    assertTrue(heads.isOffice(Organisation.OFFICE_CODE));
    assertFalse(heads.isOffice("ICT"));
  }

  @Test
  void aUnitIsHeadedByItsDirectorInTheOrderInForce() {
    assertEquals(Optional.of("nanphat"), heads.headOf("ICT", DAY));
    assertEquals(Optional.of("somsak"), heads.headOf("ICT-SYSTEMS", DAY));
  }

  @Test
  void beforeTheOrderTakesEffectTheUnitHasNoHead() {
    assertEquals(Optional.empty(), heads.headOf("ICT", ORDER_IN_FORCE.minusDays(1)));
    assertEquals(Optional.of("nanphat"), heads.headOf("ICT", ORDER_IN_FORCE));
  }

  @Test
  void aLaterOrderNamesAnotherDirectorFromItsEffectiveDate() {
    LocalDate next = LocalDate.of(2020, 10, 1);
    org.directs("khwansiri", "ICT", next);
    Heads h = org.heads();
    assertEquals(Optional.of("nanphat"), h.headOf("ICT", next.minusDays(1)));
    assertEquals(Optional.of("khwansiri"), h.headOf("ICT", next));
  }

  @Test
  void aUnitWithoutADirectorInTheOrderAndAnUnknownCodeHaveNoHead() {
    assertEquals(Optional.empty(), heads.headOf("AUDIT", DAY));
    assertEquals(Optional.empty(), heads.headOf("ICT-SERVICES", DAY));
    assertEquals(Optional.empty(), heads.headOf("NO-SUCH-UNIT", DAY));
  }

  @Test
  void anOfficeWithoutARecordedDirectorHasNoHead() {
    Heads h = new Organisation().unit("ICT", "กลุ่มส่งเสริมฯ", null).heads();
    assertEquals(Optional.empty(), h.headOf(Organisation.OFFICE_CODE, DAY));
  }

  @Test
  void theUnitAboveAUnitIsTheOfficeAndAboveASubUnitItsUnit() {
    assertEquals(Optional.of(Organisation.OFFICE_CODE), heads.parentOf("ICT"));
    assertEquals(Optional.of(Organisation.OFFICE_CODE), heads.parentOf("AUDIT"));
    assertEquals(Optional.of("ICT"), heads.parentOf("ICT-SYSTEMS"));
  }

  @Test
  void theOfficeIsTheRootAndAnUnknownCodeHasNoParent() {
    assertEquals(Optional.empty(), heads.parentOf(Organisation.OFFICE_CODE));
    assertEquals(Optional.empty(), heads.parentOf("NO-SUCH-UNIT"));
  }

  @Test
  void theAreaDirectorHasNoSuperior() {
    assertEquals(Optional.empty(), heads.superiorOf("director", DAY));
  }

  @Test
  void aMembersSuperiorIsTheDirectorOfTheirUnit() {
    assertEquals(Optional.of("nanphat"), heads.superiorOf("khwansiri", DAY));
    assertEquals(Optional.of("somsak"), heads.superiorOf("malee", DAY));
  }

  @Test
  void aUnitDirectorDirectlyUnderTheOfficeAnswersToTheAreaDirector() {
    assertEquals(Optional.of("director"), heads.superiorOf("nanphat", DAY));
    assertEquals(Optional.of("director"), heads.superiorOf("wiparat", DAY));
  }

  @Test
  void aSubUnitsDirectorAnswersToTheDirectorOfTheUnitAbove() {
    assertEquals(Optional.of("nanphat"), heads.superiorOf("somsak", DAY));
  }

  @Test
  void aSubUnitDirectorWhoseUnitAboveIsVacantAnswersToTheAreaDirector() {
    Heads h = new Organisation()
        .unit("ICT", "กลุ่มส่งเสริมฯ", null)
        .unit("ICT-SYSTEMS", "กลุ่มงานระบบฯ", "ICT")
        .person("director", "ผอ.", null, "ผู้อำนวยการสำนักงานเขต")
        .person("somsak", "นายสมศักดิ์", "ICT-SYSTEMS", "นักวิชาการคอมพิวเตอร์")
        .areaDirector("director")
        .directs("somsak", "ICT-SYSTEMS", ORDER_IN_FORCE)
        .heads();
    assertEquals(Optional.of("director"), h.superiorOf("somsak", DAY));
  }

  @Test
  void inAUnitWithoutADirectorTheSuperiorIsTheHeadAbove() {
    assertEquals(Optional.of("director"), heads.superiorOf("auditor", DAY));
    assertEquals(Optional.of("nanphat"), heads.superiorOf("pim", DAY));
  }

  @Test
  void someonePlacedInTheOfficeItselfAnswersToTheAreaDirector() {
    assertEquals(Optional.of("director"), heads.superiorOf("deputy", DAY));
  }

  @Test
  void beforeTheOrderTakesEffectAMemberAnswersToTheAreaDirector() {
    assertEquals(Optional.of("director"), heads.superiorOf("khwansiri", ORDER_IN_FORCE.minusDays(1)));
  }

  @Test
  void withoutARecordedAreaDirectorAUnitDirectorHasNoSuperior() {
    Heads h = new Organisation()
        .unit("ICT", "กลุ่มส่งเสริมฯ", null)
        .person("nanphat", "นางนันทน์ภัส", "ICT", "นักวิเคราะห์")
        .person("khwansiri", "นางขวัญศิริ", "ICT", "นักวิชาการคอมพิวเตอร์")
        .directs("nanphat", "ICT", ORDER_IN_FORCE)
        .heads();
    assertEquals(Optional.empty(), h.superiorOf("nanphat", DAY));
    assertEquals(Optional.of("nanphat"), h.superiorOf("khwansiri", DAY));
  }

  @Test
  void noOneIsTheirOwnSuperiorWhenTheyAlsoDirectTheUnitAbove() {
    // the ICT director also acts as director of one of its sub-units, where she is placed
    Heads h = new Organisation()
        .unit("ICT", "กลุ่มส่งเสริมฯ", null)
        .unit("ICT-SYSTEMS", "กลุ่มงานระบบฯ", "ICT")
        .person("director", "ผอ.", null, "ผู้อำนวยการสำนักงานเขต")
        .person("nanphat", "นางนันทน์ภัส", "ICT-SYSTEMS", "นักวิเคราะห์")
        .person("malee", "นางสาวมาลี", "ICT-SYSTEMS", "เจ้าพนักงานธุรการ")
        .areaDirector("director")
        .directs("nanphat", "ICT", ORDER_IN_FORCE)
        .directs("nanphat", "ICT-SYSTEMS", ORDER_IN_FORCE)
        .heads();
    assertEquals(Optional.of("director"), h.superiorOf("nanphat", DAY));
    assertEquals(Optional.of("nanphat"), h.superiorOf("malee", DAY));
  }

  @Test
  void aUnitsDirectorPlacedInOneOfItsVacantSubUnitsAnswersToTheAreaDirectorNotHerself() {
    // one assignment: placed in the sub-unit (unit_id), acting director of the group (acting_unit_id)
    Heads h = new Organisation()
        .unit("ICT", "กลุ่มส่งเสริมฯ", null)
        .unit("ICT-SYSTEMS", "กลุ่มงานระบบฯ", "ICT")
        .person("director", "ผอ.", null, "ผู้อำนวยการสำนักงานเขต")
        .person("nanphat", "นางนันทน์ภัส", "ICT-SYSTEMS", "นักวิเคราะห์")
        .areaDirector("director")
        .directs("nanphat", "ICT", ORDER_IN_FORCE)
        .heads();
    assertEquals(Optional.of("director"), h.superiorOf("nanphat", DAY));
  }

  @Test
  void aVacantUnitAboveIsPassedOverForTheNextHeadAbove() {
    Heads h = new Organisation()
        .unit("ICT", "กลุ่มส่งเสริมฯ", null)
        .unit("ICT-SYSTEMS", "กลุ่มงานระบบฯ", "ICT")
        .unit("ICT-NETWORK", "งานเครือข่าย", "ICT-SYSTEMS")
        .person("director", "ผอ.", null, "ผู้อำนวยการสำนักงานเขต")
        .person("nanphat", "นางนันทน์ภัส", "ICT", "นักวิเคราะห์")
        .person("net", "นายเครือข่าย ดูแล", "ICT-NETWORK", "นักวิชาการคอมพิวเตอร์")
        .areaDirector("director")
        .directs("nanphat", "ICT", ORDER_IN_FORCE)
        .directs("net", "ICT-NETWORK", ORDER_IN_FORCE)
        .heads();
    assertEquals(Optional.of("nanphat"), h.superiorOf("net", DAY));
  }

  @Test
  void someoneTheOrganisationDoesNotKnowAnswersToTheAreaDirector() {
    assertEquals(Optional.of("director"), heads.superiorOf("nobody", DAY));
  }

  @Test
  void whoHeadsTheirOwnUnit() {
    assertTrue(heads.heads("nanphat", org.unit("ICT").orElseThrow(), DAY));
    assertFalse(heads.heads("khwansiri", org.unit("ICT").orElseThrow(), DAY));
    assertFalse(heads.heads("nanphat", org.unit("ICT").orElseThrow(), ORDER_IN_FORCE.minusDays(1)));
    assertFalse(heads.heads("auditor", org.unit("AUDIT").orElseThrow(), DAY));
  }

  @Test
  void theUnitSomeoneIsPlacedIn() {
    assertEquals("ICT", heads.unitOf(org.staff("khwansiri")).orElseThrow().code());
    assertEquals(Optional.empty(), heads.unitOf(org.staff("director")));
  }
}
