package th.obec.esa.ict.web.evaluation;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.obec.esa.ict.evaluation.answer.AnswerInput;
import th.obec.esa.ict.evaluation.form.EvaluationView;
import th.obec.esa.ict.evaluation.form.RespondentGroup;

/**
 * What a respondent fills in, shared by the signed-in page and the public F20 page: a level
 * 5..1 per item, open answers, their group and school; the problems of a refused sheet by field.
 */
public class AnswerSheetForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The levels from the top, as Thai rating scales print them (5 มากที่สุด … 1 น้อยที่สุด). */
  public static final List<Integer> LEVELS = List.of(5, 4, 3, 2, 1);

  private EvaluationView evaluation;
  private RespondentGroup group;
  private String schoolName;
  private final Map<Long, Integer> ratings = new HashMap<>();
  private final Map<Long, String> openAnswers = new HashMap<>();
  private final Problems problems = new Problems();

  void start(EvaluationView v, RespondentGroup defaultGroup) {
    evaluation = v;
    group = defaultGroup;
  }

  AnswerInput input() {
    Map<Long, Integer> given = new HashMap<>();
    ratings.forEach((k, val) -> {
      if (val != null) {
        given.put(k, val);
      }
    });
    Map<Long, String> texts = new HashMap<>();
    openAnswers.forEach((k, val) -> {
      if (val != null && !val.isBlank()) {
        texts.put(k, val);
      }
    });
    return new AnswerInput(group, group == RespondentGroup.SCHOOL_STAFF ? schoolName : null, given, texts);
  }

  public List<Integer> getLevels() {
    return LEVELS;
  }

  public EvaluationView getEvaluation() { return evaluation; }
  public RespondentGroup getGroup() { return group; }
  public void setGroup(RespondentGroup v) { group = v; }
  public String getSchoolName() { return schoolName; }
  public void setSchoolName(String v) { schoolName = v; }
  public Map<Long, Integer> getRatings() { return ratings; }
  public Map<Long, String> getOpenAnswers() { return openAnswers; }
  public Problems getProblems() { return problems; }
}
