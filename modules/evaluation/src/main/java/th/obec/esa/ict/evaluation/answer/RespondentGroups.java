package th.obec.esa.ict.evaluation.answer;

import java.util.Optional;
import java.util.function.Function;
import th.obec.esa.ict.evaluation.form.RespondentGroup;
import th.obec.esa.ict.organization.api.StaffRef;

/**
 * A signed-in respondent's group, so that the respondent does not choose it: a person on the
 * office's staff list (organization's {@code StandIns.staffByUid}) answers as office staff; anyone
 * else who signs in (an account of the directory, e.g. made by an F08 for a school) answers as
 * school staff. The public F20 stays anonymous and keeps its own choice.
 */
final class RespondentGroups {

  private RespondentGroups() {}

  /** Empty for a respondent without a uid. */
  static Optional<RespondentGroup> groupOf(String uid, Function<String, Optional<StaffRef>> staffByUid) {
    if (uid == null || uid.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(staffByUid.apply(uid).isPresent() ? RespondentGroup.OFFICE_STAFF : RespondentGroup.SCHOOL_STAFF);
  }
}
