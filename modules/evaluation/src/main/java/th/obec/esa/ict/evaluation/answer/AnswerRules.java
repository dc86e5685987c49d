package th.obec.esa.ict.evaluation.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import th.obec.esa.ict.evaluation.form.EvaluationRules;
import th.obec.esa.ict.evaluation.form.EvaluationState;
import th.obec.esa.ict.evaluation.form.EvaluationView;
import th.obec.esa.ict.evaluation.form.InputRejectedException;
import th.obec.esa.ict.evaluation.form.ItemView;
import th.obec.esa.ict.evaluation.form.Problem;
import th.obec.esa.ict.evaluation.form.QuestionView;
import th.obec.esa.ict.evaluation.form.RespondentGroup;
import th.obec.esa.ict.platform.BusinessException;

/**
 * What makes an answer sheet acceptable: the evaluation is open; the group is one it allows; a
 * school's staff name their school; every item is scored 1..5 (a missing score is reported on
 * its own item, field {@code item-<itemId>}); open answers are optional, trimmed and at most
 * {@value #OPEN_ANSWER_MAX} characters (field {@code open-<questionId>}). Pure.
 */
public final class AnswerRules {

  public static final int OPEN_ANSWER_MAX = 2000;
  public static final int SCHOOL_MAX = 200;

  private AnswerRules() {}

  /** A sheet cleaned up for storing: the school only for SCHOOL_STAFF, open answers trimmed and non-blank. */
  public record Clean(RespondentGroup group, String schoolName, Map<Long, Integer> ratings,
      Map<Long, String> openAnswers) {}

  /**
   * @throws BusinessException evaluation.answer.notOpen (DRAFT) or evaluation.answer.closed
   * @throws InputRejectedException with every problem of the sheet
   */
  /**
   * The same for a signed-in respondent whose group the directory and organisation data know: that
   * group is theirs (office staff cannot answer as school staff); a different choice is refused.
   */
  public static Clean check(EvaluationView ev, AnswerInput in, java.util.Optional<RespondentGroup> known) {
    if (known.isEmpty()) {
      return check(ev, in);
    }
    if (in.group() != null && in.group() != known.get()) {
      requireOpen(ev);
      throw new InputRejectedException(List.of(Problem.of("group", "evaluation.answer.groupFromDirectory",
          known.get().thai())));
    }
    return check(ev, new AnswerInput(known.get(), in.schoolName(), in.ratings(), in.openAnswers()));
  }

  public static Clean check(EvaluationView ev, AnswerInput in) {
    requireOpen(ev);
    List<Problem> problems = new ArrayList<>();
    if (in.group() == null) {
      problems.add(Problem.of("group", "evaluation.answer.groupRequired"));
    } else if (!ev.groups().contains(in.group())) {
      problems.add(Problem.of("group", "evaluation.answer.groupNotAllowed"));
    }
    String school = in.group() == RespondentGroup.SCHOOL_STAFF ? EvaluationRules.clean(in.schoolName()) : null;
    if (in.group() == RespondentGroup.SCHOOL_STAFF) {
      if (school == null) {
        problems.add(Problem.of("schoolName", "evaluation.answer.schoolRequired"));
      } else if (school.length() > SCHOOL_MAX) {
        problems.add(Problem.of("schoolName", "evaluation.answer.schoolTooLong", SCHOOL_MAX));
      }
    }
    Map<Long, Integer> ratings = new LinkedHashMap<>();
    for (ItemView item : ev.items()) {
      Integer score = in.ratings().get(item.id());
      if (score == null) {
        problems.add(Problem.of("item-" + item.id(), "evaluation.answer.ratingRequired", item.number()));
      } else if (score < 1 || score > 5) {
        problems.add(Problem.of("item-" + item.id(), "evaluation.answer.ratingInvalid", item.number()));
      } else {
        ratings.put(item.id(), score);
      }
    }
    Set<Long> itemIds = ev.items().stream().map(ItemView::id).collect(Collectors.toSet());
    if (!itemIds.containsAll(in.ratings().keySet())) {
      problems.add(Problem.of("ratings", "evaluation.answer.unknownItem"));
    }
    Map<Long, String> open = new LinkedHashMap<>();
    for (QuestionView q : ev.questions()) {
      String text = EvaluationRules.clean(in.openAnswers().get(q.id()));
      if (text != null && text.length() > OPEN_ANSWER_MAX) {
        problems.add(Problem.of("open-" + q.id(), "evaluation.answer.openTooLong", q.number(), OPEN_ANSWER_MAX));
      } else if (text != null) {
        open.put(q.id(), text);
      }
    }
    Set<Long> questionIds = ev.questions().stream().map(QuestionView::id).collect(Collectors.toSet());
    if (!questionIds.containsAll(in.openAnswers().keySet())) {
      problems.add(Problem.of("openAnswers", "evaluation.answer.unknownQuestion"));
    }
    if (!problems.isEmpty()) {
      throw new InputRejectedException(problems);
    }
    return new Clean(in.group(), school, ratings, open);
  }

  /** @throws BusinessException evaluation.answer.notOpen or evaluation.answer.closed */
  public static void requireOpen(EvaluationView ev) {
    if (ev.state() == EvaluationState.DRAFT) {
      throw new BusinessException("evaluation.answer.notOpen", ev.title());
    }
    if (ev.state() == EvaluationState.CLOSED) {
      throw new BusinessException("evaluation.answer.closed", ev.title());
    }
  }
}
