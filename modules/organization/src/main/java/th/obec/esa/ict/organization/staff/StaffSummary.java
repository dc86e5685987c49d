package th.obec.esa.ict.organization.staff;

import java.io.Serializable;

/**
 * A person as lists, pages and the REST API show them: names, uid, unit, position and number,
 * and whether an administrator must review them. Detached from the entity, safe to serialise.
 */
public record StaffSummary(long id, String uid, String prefixTh, String givenNameTh, String familyNameTh,
    String fullNameTh, String givenNameEn, String familyNameEn, String fullNameEn, String status, boolean needsReview,
    Long unitId, String unitNameTh, String unitNameEn, Long positionId, String positionTitle, String positionNumber,
    String reviewNote, long version, String directoryState) implements Serializable {

  /** Without the directory state (a person never checked against the directory). */
  public StaffSummary(long id, String uid, String prefixTh, String givenNameTh, String familyNameTh,
      String fullNameTh, String givenNameEn, String familyNameEn, String fullNameEn, String status, boolean needsReview,
      Long unitId, String unitNameTh, String unitNameEn, Long positionId, String positionTitle, String positionNumber,
      String reviewNote, long version) {
    this(id, uid, prefixTh, givenNameTh, familyNameTh, fullNameTh, givenNameEn, familyNameEn, fullNameEn, status,
        needsReview, unitId, unitNameTh, unitNameEn, positionId, positionTitle, positionNumber, reviewNote, version, null);
  }

  public static StaffSummary of(Staff s) {
    Position p = s.getPosition();
    return new StaffSummary(s.getId(), s.getDirectoryUid(), s.getPrefixTh(), s.getGivenNameTh(), s.getFamilyNameTh(),
        s.getFullNameTh(), s.getGivenNameEn(), s.getFamilyNameEn(), s.getFullNameEn(), s.getStatus().name(),
        s.needsReview(), s.getUnit() == null ? null : s.getUnit().getId(),
        s.getUnit() == null ? null : s.getUnit().getNameTh(), s.getUnit() == null ? null : s.getUnit().getNameEn(),
        p == null ? null : p.getId(), p == null ? null : p.display(), p == null ? null : p.getPositionNumberRaw(),
        s.getReviewNote(), s.getVersion(), s.getDirectoryState() == null ? null : s.getDirectoryState().name());
  }

  /** The directory account is disabled or removed (the person cannot sign in and does not act). */
  public boolean accountUnusable() {
    return uid != null && directoryState != null && !"ACTIVE".equals(directoryState);
  }

  public boolean nameUnknown() {
    return fullNameTh == null;
  }
}
