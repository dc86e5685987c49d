package th.obec.esa.ict.organization.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ICT group's name as the printed reports' heads use it. */
class UnitsTest {

  @Test
  void withoutTheIctUnitInTheReferenceDataTheManualsName() {
    assertEquals("กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร", Units.ictUnitName(Optional.empty()));
  }

  @Test
  void withTheIctUnitInTheReferenceDataItsOwnName() {
    assertEquals("กลุ่ม ICT ของที่นี่",
        Units.ictUnitName(Optional.of(new UnitRef(3, Units.ICT_UNIT_CODE, "กลุ่ม ICT ของที่นี่", null, null))));
  }
}
