package th.obec.esa.ict.integration;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.util.Optional;
import th.obec.esa.ict.evaluation.form.RespondentGroup;
import th.obec.esa.ict.evaluation.port.RespondentDirectory;
import th.obec.esa.ict.organization.api.StandIns;

/**
 * A respondent's group from the organisation data: a person on the office's staff list answers as
 * office staff; anyone else who signs in (an account of the directory, e.g. made by an F08 for a
 * school) answers as school staff. The public F20 stays anonymous and keeps its own choice.
 */
@Stateless
@Local(RespondentDirectory.class)
public class OrganizationForEvaluation implements RespondentDirectory {

  @EJB
  private StandIns standIns;

  @Override
  public Optional<RespondentGroup> groupOf(String uid) {
    if (uid == null || uid.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(standIns.staffByUid(uid).isPresent() ? RespondentGroup.OFFICE_STAFF
        : RespondentGroup.SCHOOL_STAFF);
  }
}
