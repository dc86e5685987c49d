package th.obec.esa.ict.web.records;

import java.time.LocalDate;
import java.util.Optional;
import th.obec.esa.ict.core.directory.DirectoryPerson;
import th.obec.esa.ict.organization.api.StaffRef;
import th.obec.esa.ict.organization.api.StandIns;
import th.obec.esa.ict.platform.signature.SignatureBlock;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.records.common.Signature;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.ThaiFormat;

/**
 * Who signs an F12, F15 or F17: the signed-in ICT officer, as the pages and the REST API both issue
 * them, her block worded by the one place, {@link SignatureBlock}: name, own position, and the acting
 * role the order in force today gives her, exactly as the order prints it.
 */
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
    return Signature.of(block(uid, person, staff));
  }

  /** The signed-in officer's block, for documents printed on demand (the F12). */
  public static SignatureBlock block(CurrentUser user, StandIns staff) {
    return block(user.getUid(), user.person(), staff);
  }

  /**
   * The block: the Thai name from the directory (else the staff record's); the staff record's own
   * position (the order's), else the directory's title; the acting role of the order in force today.
   */
  public static SignatureBlock block(String uid, Optional<DirectoryPerson> person, StandIns staff) {
    Optional<StaffRef> ref = staffOf(uid, staff);
    String name = person.map(DirectoryPerson::thaiName).filter(s -> !s.isBlank())
        .or(() -> ref.map(StaffRef::fullNameTh)).orElse(uid);
    String position = person.map(DirectoryPerson::title).filter(s -> s != null && !s.isBlank())
        .or(() -> ref.map(StaffRef::positionTitle)).orElse(null);
    return SignatureBlock.of(name, position, actingRoleOf(uid, staff).orElse(null), SignatureBlock.Kind.OWN, null, null);
  }

  private static Optional<String> actingRoleOf(String uid, StandIns staff) {
    try {
      return staff == null ? Optional.empty() : staff.actingRoleOf(uid, LocalDate.now(OfficeTime.ZONE));
    } catch (RuntimeException e) {
      return Optional.empty(); // no order names her: she signs with her name and position only
    }
  }

  private static Optional<StaffRef> staffOf(String uid, StandIns staff) {
    try {
      return staff == null ? Optional.empty() : staff.staffByUid(uid);
    } catch (RuntimeException e) {
      return Optional.empty(); // no staff record: the directory alone names the signer
    }
  }
}
