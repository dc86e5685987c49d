package th.obec.esa.ict.web.records;

import java.util.Optional;
import th.obec.esa.ict.core.directory.DirectoryPerson;
import th.obec.esa.ict.organization.api.StaffRef;
import th.obec.esa.ict.organization.api.StandIns;
import th.obec.esa.ict.records.common.Signature;
import th.obec.esa.ict.web.shell.CurrentUser;

/** Who signs an F15 or F17: the signed-in ICT officer, as the pages and the REST API both issue them. */
public final class Signer {

  private Signer() {}

  /**
   * The signed-in officer as the report prints them: the Thai name from the directory, and the
   * directory's title as position, or the staff record's position when the directory has none.
   */
  public static Signature of(CurrentUser user, StandIns staff) {
    return of(user.getUid(), user.person(), staff);
  }

  /** The same for a caller known by user id and directory entry (the REST API's, which has no session). */
  public static Signature of(String uid, Optional<DirectoryPerson> person, StandIns staff) {
    Optional<StaffRef> ref = staffOf(uid, staff);
    String name = person.map(DirectoryPerson::thaiName).filter(s -> !s.isBlank())
        .or(() -> ref.map(StaffRef::fullNameTh)).orElse(uid);
    String position = person.map(DirectoryPerson::title).filter(s -> s != null && !s.isBlank())
        .or(() -> ref.map(StaffRef::positionTitle)).orElse(null);
    return new Signature(name, position);
  }

  private static Optional<StaffRef> staffOf(String uid, StandIns staff) {
    try {
      return staff == null ? Optional.empty() : staff.staffByUid(uid);
    } catch (RuntimeException e) {
      return Optional.empty(); // no staff record: the directory alone names the signer
    }
  }
}
