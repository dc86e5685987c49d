package th.obec.esa.ict.organization.staff;

import java.io.Serializable;

/** An administrator's edit of a person, with the version they loaded (optimistic locking). */
public record StaffEdit(long version, String prefixTh, String givenNameTh, String familyNameTh, String givenNameEn,
    String familyNameEn, String directoryUid, Long unitId, Long positionId, StaffStatus status, String reviewNote)
    implements Serializable {

  /** An edit that starts from what is stored, for callers that change one or two fields. */
  public static StaffEdit of(StaffSummary s) {
    return new StaffEdit(s.version(), s.prefixTh(), s.givenNameTh(), s.familyNameTh(), s.givenNameEn(), s.familyNameEn(),
        s.uid(), s.unitId(), s.positionId(), StaffStatus.valueOf(s.status()), s.reviewNote());
  }

  public StaffEdit withEnglishName(String given, String family) {
    return new StaffEdit(version, prefixTh, givenNameTh, familyNameTh, given, family, directoryUid, unitId, positionId,
        status, reviewNote);
  }

  public StaffEdit withStatus(StaffStatus newStatus, String note) {
    return new StaffEdit(version, prefixTh, givenNameTh, familyNameTh, givenNameEn, familyNameEn, directoryUid, unitId,
        positionId, newStatus, note);
  }
}
