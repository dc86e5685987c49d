package th.obec.esa.ict.evaluation.port;

import java.util.Optional;
import th.obec.esa.ict.evaluation.form.RespondentGroup;

/**
 * The group a signed-in respondent belongs to, from the directory and the organisation data (office
 * staff by their unit in the order in force; everyone else with an account is school staff), so that
 * the respondent does not choose it. Implemented by the integration module; empty when unknown.
 */
public interface RespondentDirectory {

  Optional<RespondentGroup> groupOf(String uid);
}
