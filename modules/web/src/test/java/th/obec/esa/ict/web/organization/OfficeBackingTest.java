package th.obec.esa.ict.web.organization;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The letter-number prefix is ศธ and the office's five digits, optionally a unit's number. */
class OfficeBackingTest {

  @Test
  void prefixesAsOfficesPrintThem() {
    assertTrue(OfficeBacking.PREFIX.matcher("ศธ 04086").matches());
    assertTrue(OfficeBacking.PREFIX.matcher("ศธ 04086.3").matches());
    assertTrue(OfficeBacking.PREFIX.matcher("ศธ ๐๔๐๘๖").matches());
    assertTrue(OfficeBacking.PREFIX.matcher("ศธ04086").matches());
  }

  @Test
  void otherTextIsRefused() {
    assertFalse(OfficeBacking.PREFIX.matcher("ศธ 0408").matches());
    assertFalse(OfficeBacking.PREFIX.matcher("04086").matches());
    assertFalse(OfficeBacking.PREFIX.matcher("ศธ 04xxx").matches());
    assertFalse(OfficeBacking.PREFIX.matcher("ศธ 04086/").matches());
  }
}
