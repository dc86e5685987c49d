package th.obec.esa.ict.organization.api;

import java.util.List;
import java.util.Optional;

/** The office and its units, by code, for modules that name units by code (delegation, forms, records). */
public interface Units {

  /** The code of the ICT group (กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร) in the reference data. */
  String ICT_UNIT_CODE = "ICT";

  /** The ICT group's name as the manual prints it, for an installation whose reference data lack the ICT unit. */
  String ICT_UNIT_NAME_FALLBACK = "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร";

  /** The ICT group's name from the reference data ({@code unitByCode(ICT_UNIT_CODE)}), else the manual's. */
  static String ictUnitName(Optional<UnitRef> ict) {
    return ict.map(UnitRef::nameTh).orElse(ICT_UNIT_NAME_FALLBACK);
  }

  OfficeRef officeRef();

  /** Units and sub-units, in the order of the announcement. */
  List<UnitRef> allUnits();

  Optional<UnitRef> unitByCode(String code);

  Optional<UnitRef> unitById(long id);
}
