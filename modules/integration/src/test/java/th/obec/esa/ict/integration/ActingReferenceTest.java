package th.obec.esa.ict.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import th.obec.esa.ict.delegation.api.Basis;
import th.obec.esa.ict.delegation.api.BasisKind;

/**
 * What an approval made for someone else rests on, as the forms print it after "ตาม" (the wording
 * and the person acted for are printed by the forms). Only {@link DelegationForForms#reference};
 * which kind the forms record for each basis is issue 15's.
 */
class ActingReferenceTest {

  private static final String FALLBACK = "ปฏิบัติหน้าที่แทน นางนันทน์ภัส เกียรติมาพรศักดิ์";

  @Test
  void aStandInOrAnActingHeadRestsOnTheOrdersClause() {
    Basis standIn = new Basis(BasisKind.STAND_IN, "nanphat", "นางนันทน์ภัส", "275/2561", "1.10", null, null);
    Basis actingHead = new Basis(BasisKind.ACTING_HEAD, "director", "นางสาวพนอ", "275/2561", "2.1", null, null);
    assertEquals("คำสั่งที่ 275/2561 ข้อ 1.10", DelegationForForms.reference(standIn, FALLBACK));
    assertEquals("คำสั่งที่ 275/2561 ข้อ 2.1", DelegationForForms.reference(actingHead, FALLBACK));
  }

  @Test
  void aDelegationRestsOnItsNumberAndTheMemoWhenThereIsOne() {
    Basis withMemo = new Basis(BasisKind.DELEGATION, "director", "นางสาวพนอ", null, null, 12L, "บันทึก ศธ 04086/55");
    Basis without = new Basis(BasisKind.DELEGATION, "director", "นางสาวพนอ", null, null, 12L, null);
    assertEquals("การมอบอำนาจเลขที่ 12 (บันทึก ศธ 04086/55)", DelegationForForms.reference(withMemo, FALLBACK));
    assertEquals("การมอบอำนาจเลขที่ 12", DelegationForForms.reference(without, FALLBACK));
  }

  @Test
  void otherwiseWhatTheActorAlreadyCarries() {
    assertEquals(FALLBACK, DelegationForForms.reference(null, FALLBACK));
    assertEquals(FALLBACK, DelegationForForms.reference(Basis.own("nanphat", "นางนันทน์ภัส"), FALLBACK));
    assertEquals(FALLBACK, DelegationForForms.reference(
        new Basis(BasisKind.ESCALATION, "nanphat", "นางนันทน์ภัส", null, null, null, null), FALLBACK));
  }
}
