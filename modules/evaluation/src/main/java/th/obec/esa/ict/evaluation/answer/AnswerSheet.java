package th.obec.esa.ict.evaluation.answer;

import java.time.OffsetDateTime;
import java.util.Map;
import th.obec.esa.ict.evaluation.form.RespondentGroup;

/**
 * One answer sheet as the report reads it, without the respondent's identity.
 *
 * @param ratings item id → score 1..5
 * @param openAnswers question id → text (only those answered)
 */
public record AnswerSheet(long responseId, RespondentGroup group, String schoolName, OffsetDateTime submittedAt,
    Map<Long, Integer> ratings, Map<Long, String> openAnswers) {

  public AnswerSheet {
    ratings = Map.copyOf(ratings);
    openAnswers = Map.copyOf(openAnswers);
  }
}
