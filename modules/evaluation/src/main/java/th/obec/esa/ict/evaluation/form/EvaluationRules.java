package th.obec.esa.ict.evaluation.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What makes an evaluation buildable: a form, a title, a subject, a fiscal year, at least one
 * allowed group (PUBLIC only on F20, the website's form, since only it is answered by the public),
 * at least one section, every section titled and with at least one item, no empty or too long
 * text. Pure, so it is unit-tested without a server; every problem is reported at once.
 */
public final class EvaluationRules {

  public static final int TITLE_MAX = 300;
  public static final int DESCRIPTION_MAX = 4000;
  public static final int SUBJECT_MAX = 300;
  public static final int SECTION_TITLE_MAX = 300;
  public static final int ITEM_MAX = 500;
  public static final int QUESTION_MAX = 500;
  public static final int SECTIONS_MAX = 20;
  public static final int ITEMS_PER_SECTION_MAX = 50;
  public static final int QUESTIONS_MAX = 10;

  private EvaluationRules() {}

  /** Trimmed (also of Unicode white space); null when blank. */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    return t.isEmpty() ? null : t;
  }

  /**
   * The problems of an input, in the order of the page's fields; empty when it is fine.
   *
   * @param today the office's date, against which a planned closing date must not be past
   */
  public static List<Problem> problems(EvaluationInput in, LocalDate today) {
    List<Problem> out = problems(in);
    if (in.plannedClose() != null && today != null && in.plannedClose().isBefore(today)) {
      out.add(Problem.of("plannedClose", "evaluation.plannedClose.past"));
    }
    return out;
  }

  /** The problems of an input without looking at dates, in the order of the page's fields. */
  public static List<Problem> problems(EvaluationInput in) {
    List<Problem> out = new ArrayList<>();
    if (in.form() == null) {
      out.add(Problem.of("form", "evaluation.form.required"));
    }
    text(out, "title", in.title(), TITLE_MAX, "evaluation.title.required", "evaluation.title.tooLong");
    String description = clean(in.description());
    if (description != null && description.length() > DESCRIPTION_MAX) {
      out.add(Problem.of("description", "evaluation.description.tooLong", DESCRIPTION_MAX));
    }
    if (in.fiscalYear() == null || in.fiscalYear() < 2500 || in.fiscalYear() > 2700) {
      out.add(Problem.of("fiscalYear", "evaluation.fiscalYear.invalid"));
    }
    text(out, "subject", in.subject(), SUBJECT_MAX, "evaluation.subject.required", "evaluation.subject.tooLong");
    if (in.groups().isEmpty()) {
      out.add(Problem.of("groups", "evaluation.groups.required"));
    } else if (in.groups().contains(RespondentGroup.PUBLIC) && in.form() != null && !in.form().allowsPublic()) {
      out.add(Problem.of("groups", "evaluation.groups.publicOnlyF20"));
    }
    if (in.sections().isEmpty()) {
      out.add(Problem.of("sections", "evaluation.sections.required"));
    } else if (in.sections().size() > SECTIONS_MAX) {
      out.add(Problem.of("sections", "evaluation.sections.tooMany", SECTIONS_MAX));
    }
    for (int s = 0; s < in.sections().size(); s++) {
      SectionInput section = in.sections().get(s);
      String id = "section-" + (s + 1);
      if (section == null) {
        out.add(Problem.of(id + "-title", "evaluation.section.titleRequired", s + 1));
        continue;
      }
      text(out, id + "-title", section.title(), SECTION_TITLE_MAX, "evaluation.section.titleRequired",
          "evaluation.section.titleTooLong", s + 1);
      if (section.items().isEmpty()) {
        out.add(Problem.of(id + "-items", "evaluation.section.itemsRequired", s + 1));
      } else if (section.items().size() > ITEMS_PER_SECTION_MAX) {
        out.add(Problem.of(id + "-items", "evaluation.section.tooManyItems", s + 1, ITEMS_PER_SECTION_MAX));
      }
      for (int i = 0; i < section.items().size(); i++) {
        text(out, id + "-item-" + (i + 1), section.items().get(i), ITEM_MAX, "evaluation.item.required",
            "evaluation.item.tooLong", s + 1, i + 1);
      }
    }
    if (in.openQuestions().size() > QUESTIONS_MAX) {
      out.add(Problem.of("questions", "evaluation.questions.tooMany", QUESTIONS_MAX));
    }
    for (int q = 0; q < in.openQuestions().size(); q++) {
      text(out, "question-" + (q + 1), in.openQuestions().get(q), QUESTION_MAX, "evaluation.question.required",
          "evaluation.question.tooLong", q + 1);
    }
    return out;
  }

  /** @throws InputRejectedException with every problem, when there is one */
  public static void check(EvaluationInput in, LocalDate today) {
    List<Problem> problems = problems(in, today);
    if (!problems.isEmpty()) {
      throw new InputRejectedException(problems);
    }
  }

  /** A required text: its key when blank, its too-long key (with the limit last) when too long. */
  private static void text(List<Problem> out, String field, String value, int max, String requiredKey,
      String tooLongKey, Object... position) {
    String v = clean(value);
    if (v == null) {
      out.add(Problem.of(field, requiredKey, position));
    } else if (v.length() > max) {
      Object[] args = Arrays.copyOf(position, position.length + 1);
      args[position.length] = max;
      out.add(Problem.of(field, tooLongKey, args));
    }
  }
}
