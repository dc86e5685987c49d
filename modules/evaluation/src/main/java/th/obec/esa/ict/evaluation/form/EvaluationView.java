package th.obec.esa.ict.evaluation.form;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * An evaluation as a page shows it, to build, answer or report on.
 *
 * @param anonymous true when PUBLIC may answer (F20): such answers carry no user id
 * @param version the optimistic-lock version
 */
public record EvaluationView(long id, EvaluationForm form, String title, String description, int fiscalYear,
    String subject, Set<RespondentGroup> groups, boolean anonymous, EvaluationState state, LocalDate plannedClose,
    OffsetDateTime createdAt, String createdBy, OffsetDateTime openedAt, String openedBy, OffsetDateTime closedAt,
    String closedBy, long version, List<SectionView> sections, List<QuestionView> questions) {

  public EvaluationView {
    groups = Set.copyOf(groups);
    sections = List.copyOf(sections);
    questions = List.copyOf(questions);
  }

  /** Every rating item, in order across the sections. */
  public List<ItemView> items() {
    return sections.stream().flatMap(s -> s.items().stream()).toList();
  }
}
