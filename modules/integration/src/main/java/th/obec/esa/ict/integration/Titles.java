package th.obec.esa.ict.integration;

import java.util.Optional;
import th.obec.esa.ict.organization.api.UnitRef;

/** The titles and names the forms and reports print for the office, its units and their heads. */
final class Titles {

  /** The ICT group's name as the manual prints it, for an installation whose reference data lack the ICT unit. */
  static final String ICT_UNIT_NAME = "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร";

  private Titles() {}

  /**
   * The signing title of the head of a unit or of the office: "ผู้อำนวยการ" and the name as printed
   * ("ผู้อำนวยการกลุ่มส่งเสริม…", "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต 1").
   */
  static String directorOf(String unitOrOfficeName) {
    return "ผู้อำนวยการ" + unitOrOfficeName;
  }

  /** The ICT group's name from the reference data, else the manual's. */
  static String ictUnitName(Optional<UnitRef> ict) {
    return ict.map(UnitRef::nameTh).orElse(ICT_UNIT_NAME);
  }
}
