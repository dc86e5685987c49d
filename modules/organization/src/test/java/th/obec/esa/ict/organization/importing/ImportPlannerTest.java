package th.obec.esa.ict.organization.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportPlannerTest {

  /** The stored data as tests need it: the office's units, some people, positions and orders. */
  static final class Memory implements ImportLookup {
    final List<KnownUnit> units = new ArrayList<>(List.of(
        new KnownUnit(1, "ADMIN", "กลุ่มอำนวยการ", "Administration"),
        new KnownUnit(2, "PLAN", "กลุ่มนโยบายและแผน", "Policy and Planning"),
        new KnownUnit(3, "ICT", "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร", null),
        new KnownUnit(4, "FINANCE", "กลุ่มบริหารงานการเงินและสินทรัพย์", null)));
    final List<KnownStaff> staff = new ArrayList<>();
    final List<KnownOrder> orders = new ArrayList<>();
    final List<Object[]> orderNumbers = new ArrayList<>();
    KnownPosition position;

    @Override
    public List<KnownUnit> units() {
      return units;
    }

    @Override
    public Optional<KnownStaff> staffByUid(String uid) {
      return staff.stream().filter(s -> uid.equals(s.uid())).findFirst();
    }

    @Override
    public Optional<KnownStaff> staffByName(String given, String family) {
      return staff.stream().filter(s -> given.equals(s.given()) && family.equals(s.family())).findFirst();
    }

    @Override
    public Optional<KnownPosition> positionByNumber(String normalized) {
      return Optional.ofNullable(position);
    }

    @Override
    public Optional<KnownOrder> order(int number, int yearBe) {
      for (int i = 0; i < orders.size(); i++) {
        if ((int) orderNumbers.get(i)[0] == number && (int) orderNumbers.get(i)[1] == yearBe) {
          return Optional.of(orders.get(i));
        }
      }
      return Optional.empty();
    }

    Memory order(int number, int year, KnownOrder o) {
      orders.add(o);
      orderNumbers.add(new Object[] {number, year});
      return this;
    }
  }

  private static ImportPlan plan(String csv, ImportLookup lookup) {
    return ImportPlanner.plan("t.csv", SampleFiles.parse(csv), lookup);
  }

  @Test
  void intoAnEmptyOfficeTheSampleCreatesEveryPersonAndFourReferencedOnes() {
    ImportReport r = plan(SampleFiles.sampleText(), new Memory()).report();
    assertFalse(r.isFatal(), () -> r.anomalies().toString());
    assertEquals("275/2561", r.orderNumber());
    assertEquals(6, r.persons());
    assertEquals(81, r.dutyLines());
    assertEquals(6, r.standIns(), "3 drivers' stand-ins, 1.10, 2.11 and 2.11");
    assertEquals(4, r.referencedOnly(), "three drivers' stand-ins and นายสุทธิพันธ์");
    assertEquals(10, r.newStaff());
    assertEquals(4, r.count(AnomalyCode.STAND_IN_NOT_LISTED));
    assertEquals(1, r.count(AnomalyCode.STAND_IN_PRINTED_TWICE), "1.10 and 2.11 print one relation");
    assertEquals(1, r.count(AnomalyCode.SIGNER_NOT_FOUND));
  }

  @Test
  void bothClausesOfOneRelationHaveTheSameHolderAndStandIn() {
    ImportPlan p = plan(SampleFiles.sampleText(), new Memory());
    List<ImportPlan.StandInPlan> ict = p.standIns().stream()
        .filter(s -> s.holder().person != null && "นันทน์ภัส".equals(s.holder().person.given)).toList();
    assertEquals(2, ict.size());
    assertSame(ict.get(0).standIn(), ict.get(1).standIn());
    assertEquals(List.of(16, 19), ict.stream().map(s -> s.clausePerson().lines().get(s.clauseLine()).number())
        .map(n -> n.equals("1.10") ? 16 : 19).toList());
    ImportPlan.StandInPlan sutthiphan = p.standIns().get(p.standIns().size() - 1);
    assertTrue(sutthiphan.holder().isNewReferencedOnly());
    assertEquals("ศิลปชัย", sutthiphan.standIn().person.given);
  }

  @Test
  void theUnitsAndTheActingUnitsAreResolvedByName() {
    ImportPlan p = plan(SampleFiles.sampleText(), new Memory());
    List<ImportPlan.Entry> entries = new ArrayList<>(p.entries().values());
    assertEquals(1L, entries.get(0).unitId());
    assertEquals(1L, entries.get(0).actingUnitId());
    assertNull(entries.get(1).actingUnitId());
    assertEquals(3L, entries.get(2).actingUnitId());
    assertEquals(4L, entries.get(5).unitId());
  }

  @Test
  void storedPeopleAreMatchedAndAReferencedOneBecomesListed() {
    Memory m = new Memory();
    m.staff.add(new ImportLookup.KnownStaff(5, "ACTIVE", "ขวัญศิริ", "กองช่าง", "khwansiri", 3L));
    m.staff.add(new ImportLookup.KnownStaff(8, "REFERENCED_ONLY", "จ๋านงค์", "ด้วงทอง", null, null));
    m.staff.add(new ImportLookup.KnownStaff(1, "ACTIVE", "พนอ", "ทิพย์พิมลรัตน์", "director", null));
    ImportPlan p = plan(SampleFiles.sampleText(), m);
    ImportReport r = p.report();
    assertEquals(1, r.count(AnomalyCode.PERSON_MATCHED));
    assertEquals(1, r.count(AnomalyCode.STAND_IN_ALREADY_REFERENCED));
    assertEquals(3, r.count(AnomalyCode.STAND_IN_NOT_LISTED));
    assertEquals(0, r.count(AnomalyCode.SIGNER_NOT_FOUND));
    assertEquals(3, r.referencedOnly());
  }

  @Test
  void aStoredOrderWithTheSameNumberIsFatalOnItsRow() {
    Memory m = new Memory().order(275, 2561, new ImportLookup.KnownOrder(1, "IN_FORCE", LocalDate.of(2018, 10, 16)));
    ImportReport r = plan(SampleFiles.sampleText(), m).report();
    assertTrue(r.isFatal());
    assertEquals(AnomalyCode.ORDER_EXISTS, r.firstFatal().orElseThrow().code());
    assertEquals(1, r.firstFatal().orElseThrow().row());
  }

  @Test
  void anUnknownUnitIsFatalOnThePersonsFirstRow() {
    ImportReport r = plan(SampleFiles.minimal("12/2562", "กลุ่มที่ไม่มี,1,นาย,สมหมาย,ใจดี,,,1.1,งาน,,\n"), new Memory())
        .report();
    ImportAnomaly a = r.firstFatal().orElseThrow();
    assertEquals(AnomalyCode.UNKNOWN_UNIT, a.code());
    assertEquals(6, a.row());
  }

  @Test
  void theOrderToSupersedeMustBeStoredInForceAndEarlier() {
    String csv = "แทนคำสั่งที่,275/2561\n" + SampleFiles.minimal("12/2562", "กลุ่มอำนวยการ,1,นาย,สมหมาย,ใจดี,,,1.1,งาน,,\n");
    assertEquals(AnomalyCode.SUPERSEDED_NOT_FOUND, plan(csv, new Memory()).report().firstFatal().orElseThrow().code());
    Memory superseded = new Memory().order(275, 2561, new ImportLookup.KnownOrder(1, "SUPERSEDED", LocalDate.of(2018, 10, 16)));
    assertEquals(AnomalyCode.SUPERSEDE_INVALID, plan(csv, superseded).report().firstFatal().orElseThrow().code());
    Memory later = new Memory().order(275, 2561, new ImportLookup.KnownOrder(1, "IN_FORCE", LocalDate.of(2020, 1, 1)));
    assertEquals(AnomalyCode.SUPERSEDE_INVALID, plan(csv, later).report().firstFatal().orElseThrow().code());
    Memory ok = new Memory().order(275, 2561, new ImportLookup.KnownOrder(1, "IN_FORCE", LocalDate.of(2018, 10, 16)));
    ImportPlan p = plan(csv, ok);
    assertFalse(p.report().isFatal(), () -> p.report().anomalies().toString());
    assertEquals(1L, p.supersedesOrderId());
  }

  @Test
  void aPersonStandingInForThemselfIsFatal() {
    ImportReport r = plan(SampleFiles.minimal("12/2562", "กลุ่มอำนวยการ,1,นาย,สมหมาย,ใจดี,,,1.1,งาน,นายสมหมาย ใจดี,\n"),
        new Memory()).report();
    assertEquals(AnomalyCode.SELF_STAND_IN, r.firstFatal().orElseThrow().code());
  }

  @Test
  void aUidOfSomeoneElseIsFatal() {
    Memory m = new Memory();
    m.staff.add(new ImportLookup.KnownStaff(5, "ACTIVE", "ขวัญศิริ", "กองช่าง", "khwansiri", 3L));
    ImportReport r = plan("เลขที่คำสั่ง,1/2563\nเรื่อง,x\nวันที่,1/1/2563\n\nกลุ่ม,ลำดับ,ชื่อ,นามสกุล,uid,ข้อ,หน้าที่\n"
        + "กลุ่มอำนวยการ,1,สมหมาย,ใจดี,khwansiri,1.1,งาน\n", m).report();
    assertEquals(AnomalyCode.CONFLICTING_UID, r.firstFatal().orElseThrow().code());
  }

  @Test
  void aPositionNumberStoredWithAnotherTitleIsAWarning() {
    Memory m = new Memory();
    m.position = new ImportLookup.KnownPosition(9, "นิติกร", "ชำนาญการ");
    ImportReport r = plan(SampleFiles.minimal("12/2562", "กลุ่มอำนวยการ,1,นาย,สมหมาย,ใจดี,ช่างไม้,อ 26,1.1,งาน,,\n"), m)
        .report();
    assertFalse(r.isFatal());
    assertEquals(1, r.count(AnomalyCode.POSITION_TITLE_DIFFERS));
  }
}
