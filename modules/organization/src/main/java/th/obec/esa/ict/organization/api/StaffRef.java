package th.obec.esa.ict.organization.api;

import java.io.Serializable;

/**
 * A person as another module needs them: the staff id to keep, the directory uid to match the
 * signed-in user, names to print, unit and position. {@code needsReview} is true for a person
 * whose name was cut or who is only named in a clause: other modules should not grant them
 * anything automatically. {@code accountDisabled} is true when the directory sync found the person's
 * account disabled or removed: they cannot sign in, and the acting resolution passes over them.
 */
public record StaffRef(long id, String uid, String fullNameTh, String fullNameEn, Long unitId, String unitNameTh,
    String positionTitle, String positionNumber, String status, boolean needsReview, boolean accountDisabled)
    implements Serializable {

  /** A person whose directory account is usable (or was never checked). */
  public StaffRef(long id, String uid, String fullNameTh, String fullNameEn, Long unitId, String unitNameTh,
      String positionTitle, String positionNumber, String status, boolean needsReview) {
    this(id, uid, fullNameTh, fullNameEn, unitId, unitNameTh, positionTitle, positionNumber, status, needsReview, false);
  }
}
