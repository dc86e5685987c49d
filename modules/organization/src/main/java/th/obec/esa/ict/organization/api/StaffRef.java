package th.obec.esa.ict.organization.api;

import java.io.Serializable;

/**
 * A person as another module needs them: the staff id to keep, the directory uid to match the
 * signed-in user, names to print, unit and position. {@code needsReview} is true for a person
 * whose name was cut or who is only named in a clause: other modules should not grant them
 * anything automatically.
 */
public record StaffRef(long id, String uid, String fullNameTh, String fullNameEn, Long unitId, String unitNameTh,
    String positionTitle, String positionNumber, String status, boolean needsReview) implements Serializable {}
