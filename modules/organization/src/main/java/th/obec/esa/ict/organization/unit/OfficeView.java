package th.obec.esa.ict.organization.unit;

import java.io.Serializable;

/** The office as pages and documents show it (name, abbreviation, letter-number prefix, director). */
public record OfficeView(long id, String code, String nameTh, String nameEn, String shortNameTh, String abbreviationTh,
    String letterNumberPrefix, String provinceTh, Long directorStaffId, String sourceNote, long version)
    implements Serializable {

  public static OfficeView of(Office o) {
    return new OfficeView(o.getId(), o.getCode(), o.getNameTh(), o.getNameEn(), o.getShortNameTh(), o.getAbbreviationTh(),
        o.getLetterNumberPrefix(), o.getProvinceTh(), o.getDirectorStaffId(), o.getSourceNote(), o.getVersion());
  }
}
