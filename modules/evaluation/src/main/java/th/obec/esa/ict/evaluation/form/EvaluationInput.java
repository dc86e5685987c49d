package th.obec.esa.ict.evaluation.form;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What an ICT officer types to build (or edit, while DRAFT) an evaluation.
 *
 * @param form one of F11, F18, F19, F20, F22
 * @param description the instructions printed above the questions (คำชี้แจง); optional
 * @param fiscalYear the Buddhist-era fiscal year, e.g. 2569
 * @param subject what is evaluated, e.g. "ระบบ DMC", "เว็บไซต์สำนักงาน"
 * @param groups who may answer; PUBLIC (anonymous answers) only on F20
 * @param plannedClose the day it is closed automatically (early morning of the next day); optional
 * @param sections ordered, each with its ordered rating items
 * @param openQuestions ordered free-text questions; may be empty
 */
public record EvaluationInput(EvaluationForm form, String title, String description, Integer fiscalYear,
    String subject, Set<RespondentGroup> groups, LocalDate plannedClose, List<SectionInput> sections,
    List<String> openQuestions) {

  public EvaluationInput {
    groups = groups == null ? Set.of() : Set.copyOf(groups);
    sections = sections == null ? List.of() : List.copyOf(sections);
    openQuestions = openQuestions == null ? List.of() : openQuestions.stream()
        .map(q -> q == null ? "" : q).toList();
  }
}
