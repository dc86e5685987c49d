package th.obec.esa.ict.evaluation.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.evaluation.Fixtures;
import th.obec.esa.ict.evaluation.form.EvaluationForm;
import th.obec.esa.ict.evaluation.form.EvaluationState;
import th.obec.esa.ict.evaluation.form.EvaluationView;
import th.obec.esa.ict.evaluation.form.InputRejectedException;
import th.obec.esa.ict.evaluation.form.RespondentGroup;
import th.obec.esa.ict.platform.BusinessException;

/** The rules of an answer sheet. */
class AnswerRulesTest {

  private final EvaluationView ev = Fixtures.openF22();

  private static Map<Long, Integer> all(int score) {
    Map<Long, Integer> m = new HashMap<>();
    for (long id = 101; id <= 105; id++) {
      m.put(id, score);
    }
    return m;
  }

  @Test
  void aCompleteSheetIsCleanedUp() {
    AnswerRules.Clean c = AnswerRules.check(ev, new AnswerInput(RespondentGroup.OFFICE_STAFF, "ignored", all(4),
        Map.of(201L, "  ช้า  ", 202L, "   ")));
    assertNull(c.schoolName());
    assertEquals(Map.of(201L, "ช้า"), c.openAnswers());
    assertEquals(5, c.ratings().size());
  }

  @Test
  void everyMissingOrInvalidScoreIsReportedOnItsItem() {
    Map<Long, Integer> r = all(5);
    r.remove(102L);
    r.put(104L, 6);
    r.put(105L, null);
    InputRejectedException e = assertThrows(InputRejectedException.class,
        () -> AnswerRules.check(ev, new AnswerInput(RespondentGroup.OFFICE_STAFF, null, r, null)));
    assertEquals(List.of("item-102:evaluation.answer.ratingRequired", "item-104:evaluation.answer.ratingInvalid",
        "item-105:evaluation.answer.ratingRequired"),
        e.problems().stream().map(p -> p.field() + ":" + p.key()).toList());
    assertEquals(List.of("2"), e.problems().get(0).args());
    assertEquals("item-102", e.field());
  }

  @Test
  void schoolStaffNameTheirSchoolAndTheGroupMustBeAllowed() {
    InputRejectedException school = assertThrows(InputRejectedException.class,
        () -> AnswerRules.check(ev, new AnswerInput(RespondentGroup.SCHOOL_STAFF, " ", all(3), null)));
    assertEquals("schoolName", school.field());
    InputRejectedException pub = assertThrows(InputRejectedException.class,
        () -> AnswerRules.check(ev, new AnswerInput(RespondentGroup.PUBLIC, null, all(3), null)));
    assertEquals("evaluation.answer.groupNotAllowed", pub.key());
    InputRejectedException none = assertThrows(InputRejectedException.class,
        () -> AnswerRules.check(ev, new AnswerInput(null, null, all(3), null)));
    assertEquals("evaluation.answer.groupRequired", none.key());
  }

  @Test
  void tooLongOpenAnswersAndUnknownItemsAreRefused() {
    Map<Long, Integer> r = all(4);
    r.put(999L, 4);
    InputRejectedException e = assertThrows(InputRejectedException.class, () -> AnswerRules.check(ev,
        new AnswerInput(RespondentGroup.OFFICE_STAFF, null, r, Map.of(202L, "ก".repeat(2001)))));
    assertEquals(List.of("ratings:evaluation.answer.unknownItem", "open-202:evaluation.answer.openTooLong"),
        e.problems().stream().map(p -> p.field() + ":" + p.key()).toList());
  }

  @Test
  void aDraftOrClosedEvaluationRefusesAnswers() {
    var groups = EnumSet.of(RespondentGroup.OFFICE_STAFF);
    AnswerInput in = new AnswerInput(RespondentGroup.OFFICE_STAFF, null, all(5), null);
    BusinessException closed = assertThrows(BusinessException.class,
        () -> AnswerRules.check(Fixtures.view(EvaluationForm.F22, groups, EvaluationState.CLOSED), in));
    assertEquals("evaluation.answer.closed", closed.key());
    BusinessException draft = assertThrows(BusinessException.class,
        () -> AnswerRules.check(Fixtures.view(EvaluationForm.F22, groups, EvaluationState.DRAFT), in));
    assertEquals("evaluation.answer.notOpen", draft.key());
  }

  @Test
  void clientKeysAreHashedPerEvaluationAndMustBeLongEnough() {
    String key = "a1b2c3d4e5f6a7b8c9d0";
    assertEquals(64, ClientKeys.hash(1, key).length());
    assertEquals(ClientKeys.hash(1, key), ClientKeys.hash(1, " " + key + " "));
    assertNotEquals(ClientKeys.hash(1, key), ClientKeys.hash(2, key));
    assertEquals("evaluation.answer.clientKeyInvalid",
        assertThrows(BusinessException.class, () -> ClientKeys.hash(1, "short")).key());
    assertEquals("evaluation.answer.clientKeyInvalid",
        assertThrows(BusinessException.class, () -> ClientKeys.hash(1, null)).key());
  }

  @Test
  void theGroupComesFromTheDirectoryNotTheRespondentsChoice() {
    java.util.Optional<RespondentGroup> office = java.util.Optional.of(RespondentGroup.OFFICE_STAFF);
    InputRejectedException e = assertThrows(InputRejectedException.class, () -> AnswerRules.check(ev,
        new AnswerInput(RespondentGroup.SCHOOL_STAFF, "โรงเรียนบ้านหนองบัว", all(4), null), office));
    assertEquals("group:evaluation.answer.groupFromDirectory",
        e.problems().get(0).field() + ":" + e.problems().get(0).key());
    assertEquals(RespondentGroup.OFFICE_STAFF,
        AnswerRules.check(ev, new AnswerInput(null, null, all(4), null), office).group(), "no choice needed");
    assertEquals(RespondentGroup.OFFICE_STAFF,
        AnswerRules.check(ev, new AnswerInput(RespondentGroup.OFFICE_STAFF, null, all(4), null), office).group());
  }
}
