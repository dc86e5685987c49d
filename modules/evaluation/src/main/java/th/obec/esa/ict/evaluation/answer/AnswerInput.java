package th.obec.esa.ict.evaluation.answer;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import th.obec.esa.ict.evaluation.form.RespondentGroup;

/**
 * An answer sheet as typed.
 *
 * @param group the respondent's group, one the evaluation allows
 * @param schoolName the school's name, required for SCHOOL_STAFF, ignored otherwise
 * @param ratings item id → score 1..5, every item of the evaluation
 * @param openAnswers question id → text; blank or missing is no answer
 */
public record AnswerInput(RespondentGroup group, String schoolName, Map<Long, Integer> ratings,
    Map<Long, String> openAnswers) {

  public AnswerInput {
    ratings = ratings == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(ratings));
    openAnswers = openAnswers == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(openAnswers));
  }
}
