package th.obec.esa.ict.organization.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import th.obec.esa.ict.organization.OrganizationException;

class StaffTest {

  @Test
  void aPersonNamedOnlyInAClauseNeedsReviewUntilAnOrderListsThem() {
    Staff s = Staff.referencedOnly(null, PersonName.parse("นายสุทธิพันธ์ แสงขำ"), null, "ข้อ 2.11");
    assertEquals(StaffStatus.REFERENCED_ONLY, s.getStatus());
    assertTrue(s.needsReview());
    assertEquals("นายสุทธิพันธ์ แสงขำ", s.getFullNameTh());
    s.listedIn(null, null);
    assertEquals(StaffStatus.ACTIVE, s.getStatus());
    assertFalse(s.needsReview());
  }

  @Test
  void aPersonWhoseNameWasCutIsAnExplicitUnknown() {
    Staff s = Staff.unknownName(null, null, null, "ลำดับที่ 5");
    assertEquals(StaffStatus.UNKNOWN_NAME, s.getStatus());
    assertTrue(s.needsReview());
    assertNull(s.getFullNameTh());
    s.listedIn(null, null);
    assertEquals(StaffStatus.UNKNOWN_NAME, s.getStatus(), "listing does not give a name");
  }

  @Test
  void onlyAnUnknownPersonMayStayWithoutAName() {
    Staff s = Staff.unknownName(null, null, null, null);
    OrganizationException e = assertThrows(OrganizationException.class,
        () -> s.update(null, " ", null, null, null, null, null, null, StaffStatus.ACTIVE, null));
    assertEquals("organization.staff.nameRequired", e.key());
    assertEquals("givenNameTh", e.field());
    s.update("นาย", "สมหมาย", "ใจดี", "Sommai", "Jaidee", "sommai", null, null, StaffStatus.ACTIVE, null);
    assertEquals("นายสมหมาย ใจดี", s.getFullNameTh());
    assertEquals("Sommai Jaidee", s.getFullNameEn());
  }

  @Test
  void aListedPersonNeedsAName() {
    assertThrows(IllegalArgumentException.class, () -> Staff.listed(null, null, "x", null, null));
  }
}
