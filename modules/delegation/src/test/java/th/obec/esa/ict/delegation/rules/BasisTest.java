package th.obec.esa.ict.delegation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import th.obec.esa.ict.delegation.api.Basis;
import th.obec.esa.ict.delegation.api.BasisKind;

/** The Thai wording printed approvals carry, as the basis requires. */
class BasisTest {

  @Test
  void eachBasisHasItsThaiWording() {
    assertEquals("ปฏิบัติหน้าที่แทน นาง ก ตามคำสั่งที่ 275/2561 ข้อ 1.10",
        new Basis(BasisKind.STAND_IN, "a", "นาง ก", "275/2561", "1.10", null, null).thaiText());
    assertEquals("รักษาราชการแทน นาง ก ตามคำสั่งที่ 275/2561 ข้อ 1",
        new Basis(BasisKind.ACTING_HEAD, "a", "นาง ก", "275/2561", "1", null, null).thaiText());
    assertEquals("ปฏิบัติราชการแทน นาง ก ตามการมอบอำนาจเลขที่ 7 (คำสั่งที่ 312/2568)",
        new Basis(BasisKind.DELEGATION, "a", "นาง ก", null, null, 7L, "คำสั่งที่ 312/2568").thaiText());
    assertEquals("by delegation of นาง ก, delegation no. 7 (memo)",
        new Basis(BasisKind.DELEGATION, "a", "นาง ก", null, null, 7L, "memo").englishText());
    assertEquals("", Basis.own("a", "นาง ก").thaiText());
  }

  @Test
  void theShortFormFitsTheAuditTrail() {
    Basis b = new Basis(BasisKind.DELEGATION, "a", "ก".repeat(300), null, null, 7L, null);
    assertTrue(b.shortText().length() <= 200);
  }
}
