package th.obec.esa.ict.evaluation.form;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

/** A line of a list of evaluations. */
public record EvaluationSummary(long id, EvaluationForm form, String title, String subject, int fiscalYear,
    Set<RespondentGroup> groups, boolean anonymous, EvaluationState state, LocalDate plannedClose,
    OffsetDateTime openedAt, OffsetDateTime closedAt, long respondents) {

  public EvaluationSummary {
    groups = Set.copyOf(groups);
  }
}
