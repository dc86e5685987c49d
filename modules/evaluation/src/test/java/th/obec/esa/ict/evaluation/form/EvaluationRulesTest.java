package th.obec.esa.ict.evaluation.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.evaluation.Fixtures;

/** The rules of building an evaluation, one refusal at a time, with its field. */
class EvaluationRulesTest {

  private static EvaluationInput with(EvaluationForm form, String title, String subject, Integer year,
      Set<RespondentGroup> groups, List<SectionInput> sections, List<String> questions) {
    return new EvaluationInput(form, title, null, year, subject, groups, null, sections, questions);
  }

  private static final List<SectionInput> ONE = List.of(new SectionInput("ด้านการใช้งาน", List.of("ใช้งานง่าย")));
  private static final Set<RespondentGroup> STAFF = EnumSet.of(RespondentGroup.OFFICE_STAFF);

  private static List<String> keys(EvaluationInput in) {
    return EvaluationRules.problems(in).stream().map(p -> p.field() + ":" + p.key()).toList();
  }

  @Test
  void aCompleteF22Passes() {
    assertEquals(List.of(), EvaluationRules.problems(Fixtures.f22(2569)));
  }

  @Test
  void headerFieldsAreRequired() {
    List<String> k = keys(with(null, "  ", null, null, Set.of(), ONE, List.of()));
    assertEquals(List.of("form:evaluation.form.required", "title:evaluation.title.required",
        "fiscalYear:evaluation.fiscalYear.invalid", "subject:evaluation.subject.required",
        "groups:evaluation.groups.required"), k);
  }

  @Test
  void tooLongTextsAreRefusedWithTheLimit() {
    EvaluationInput in = with(EvaluationForm.F11, "ก".repeat(301), "ระบบเครือข่าย", 2569, STAFF,
        List.of(new SectionInput("ด้าน", List.of("ข".repeat(501)))), List.of("ค".repeat(501)));
    List<Problem> p = EvaluationRules.problems(in);
    assertEquals("evaluation.title.tooLong", p.get(0).key());
    assertEquals(List.of("300"), p.get(0).args());
    assertEquals("section-1-item-1", p.get(1).field());
    assertEquals("evaluation.item.tooLong", p.get(1).key());
    assertEquals(List.of("1", "1", "500"), p.get(1).args());
    assertEquals("question-1", p.get(2).field());
    assertEquals("evaluation.question.tooLong", p.get(2).key());
  }

  @Test
  void publicIsOnlyForTheWebsiteForm() {
    Set<RespondentGroup> withPublic = EnumSet.of(RespondentGroup.OFFICE_STAFF, RespondentGroup.PUBLIC);
    assertEquals(List.of("groups:evaluation.groups.publicOnlyF20"),
        keys(with(EvaluationForm.F22, "t", "s", 2569, withPublic, ONE, List.of())));
    assertEquals(List.of(), keys(with(EvaluationForm.F20, "t", "เว็บไซต์สำนักงาน", 2569, withPublic, ONE, List.of())));
  }

  @Test
  void sectionsNeedATitleAndItemsAndItemsNeedText() {
    assertEquals(List.of("sections:evaluation.sections.required"),
        keys(with(EvaluationForm.F19, "t", "s", 2569, STAFF, List.of(), List.of())));
    List<SectionInput> bad = List.of(new SectionInput(" ", List.of("ก")), new SectionInput("ด้าน 2", List.of()),
        new SectionInput("ด้าน 3", List.of("ก", " ")));
    assertEquals(List.of("section-1-title:evaluation.section.titleRequired",
        "section-2-items:evaluation.section.itemsRequired", "section-3-item-2:evaluation.item.required"),
        keys(with(EvaluationForm.F19, "t", "s", 2569, STAFF, bad, List.of())));
  }

  @Test
  void anEmptyOpenQuestionIsRefused() {
    assertEquals(List.of("question-2:evaluation.question.required"),
        keys(with(EvaluationForm.F18, "t", "s", 2569, STAFF, ONE, List.of("ข้อเสนอแนะ", ""))));
  }

  @Test
  void aPlannedClosingDateMayBeTodayButNotPast() {
    java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 26);
    EvaluationInput base = Fixtures.f22(2569);
    EvaluationInput past = new EvaluationInput(base.form(), base.title(), null, 2569, base.subject(), base.groups(),
        today.minusDays(1), base.sections(), base.openQuestions());
    EvaluationInput same = new EvaluationInput(base.form(), base.title(), null, 2569, base.subject(), base.groups(),
        today, base.sections(), base.openQuestions());
    assertEquals(List.of("plannedClose:evaluation.plannedClose.past"),
        EvaluationRules.problems(past, today).stream().map(p -> p.field() + ":" + p.key()).toList());
    assertEquals(List.of(), EvaluationRules.problems(same, today));
  }

  @Test
  void checkThrowsWithEveryProblemAndTheFirstAsItsKey() {
    InputRejectedException e = assertThrows(InputRejectedException.class,
        () -> EvaluationRules.check(with(EvaluationForm.F18, "", "", 2569, STAFF, ONE, List.of()), null));
    assertEquals("evaluation.title.required", e.key());
    assertEquals("title", e.field());
    assertEquals(2, e.problems().size());
    assertTrue(e.problems().stream().anyMatch(p -> p.field().equals("subject")));
  }
}
