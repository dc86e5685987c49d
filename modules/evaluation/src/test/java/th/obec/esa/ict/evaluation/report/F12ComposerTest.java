package th.obec.esa.ict.evaluation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.evaluation.Fixtures;
import th.obec.esa.ict.evaluation.answer.AnswerSheet;
import th.obec.esa.ict.evaluation.form.EvaluationView;
import th.obec.esa.ict.evaluation.form.RespondentGroup;
import th.obec.esa.ict.platform.rating.Band;

/** The F12 from sheets whose figures were worked out by hand. */
class F12ComposerTest {

  private final EvaluationView ev = Fixtures.openF22();

  private static AnswerSheet sheet(RespondentGroup g, int a, int b, int c, int d, int e, Map<Long, String> open) {
    return new AnswerSheet(1, g, g == RespondentGroup.SCHOOL_STAFF ? "โรงเรียนบ้านดง" : null, OffsetDateTime.now(),
        Map.of(101L, a, 102L, b, 103L, c, 104L, d, 105L, e), open);
  }

  @Test
  void itemsSectionsAndOverallFromHandCheckedSheets() {
    List<AnswerSheet> sheets = List.of(
        sheet(RespondentGroup.OFFICE_STAFF, 5, 4, 3, 5, 5, Map.of(201L, "อินเทอร์เน็ตช้า")),
        sheet(RespondentGroup.SCHOOL_STAFF, 4, 4, 3, 4, 5, Map.of(201L, " อินเทอร์เน็ต  ช้า ")),
        sheet(RespondentGroup.SCHOOL_STAFF, 4, 5, 2, 3, 4, Map.of(201L, "เครื่องคอมพิวเตอร์เก่า")),
        sheet(RespondentGroup.SCHOOL_STAFF, 3, 4, 3, 4, 5, Map.of()),
        sheet(RespondentGroup.OFFICE_STAFF, 5, 3, 4, 4, 5, Map.of(202L, "DMC ดีมาก", 201L, "Internet slow")));
    F12Report r = F12Composer.compose(ev, sheets);
    assertEquals(5, r.respondents());
    assertEquals(List.of(new F12Report.GroupCount(RespondentGroup.OFFICE_STAFF, 2, new BigDecimal("40.00")),
        new F12Report.GroupCount(RespondentGroup.SCHOOL_STAFF, 3, new BigDecimal("60.00"))), r.byGroup());

    // item 1: 5,4,4,3,5 -> 4.20, 0.84, มาก
    var item1 = r.sections().get(0).items().get(0).stats();
    assertEquals(new BigDecimal("4.20"), item1.mean());
    assertEquals(new BigDecimal("0.84"), item1.sd());
    assertEquals(Band.HIGH, item1.band());
    // item 3: 3,3,2,3,4 -> 3.00, sqrt(0.5) = 0.71, ปานกลาง
    var item3 = r.sections().get(0).items().get(2).stats();
    assertEquals(new BigDecimal("3.00"), item3.mean());
    assertEquals(new BigDecimal("0.71"), item3.sd());
    assertEquals(Band.MODERATE, item3.band());
    // section 1 pooled: 5,4,4,3,5 4,4,5,4,3 3,3,2,3,4: sum 56 / 15 = 3.73;
    // Σx² = 91 + 82 + 47 = 220; var = (15·220 − 56²) / (15·14) = 164 / 210 = 0.7810; SD 0.88
    var section1 = r.sections().get(0).total();
    assertEquals(15, section1.n());
    assertEquals(new BigDecimal("3.73"), section1.mean());
    assertEquals(new BigDecimal("0.88"), section1.sd());
    // overall: section 2 is 5,4,3,4,4 5,5,4,5,5 (sum 44, Σx² = 82 + 116 = 198)
    // all: sum 100 / 25 = 4.00; Σx² = 220 + 198 = 418; var = (25·418 − 10000) / (25·24) = 0.75; SD 0.87
    assertEquals(new BigDecimal("4.00"), r.overall().mean());
    assertEquals(new BigDecimal("0.87"), r.overall().sd());
    assertEquals(Band.HIGH, r.overall().band());
    assertEquals(2, r.overallByGroup().size());

    // answers grouped after trim / white space / case; most frequent first
    var q1 = r.openQuestions().get(0);
    assertEquals(4, q1.answered());
    assertEquals(List.of(new F12Report.GroupedAnswer("อินเทอร์เน็ตช้า", 1),
        new F12Report.GroupedAnswer("อินเทอร์เน็ต ช้า", 1), new F12Report.GroupedAnswer("เครื่องคอมพิวเตอร์เก่า", 1),
        new F12Report.GroupedAnswer("Internet slow", 1)), q1.answers());
  }

  @Test
  void identicalAnswersAreCountedTogetherMostFrequentFirst() {
    List<String> texts = new ArrayList<>(List.of("ช้า", "Slow", " slow ", "ดี", "SLOW", "ดี"));
    assertEquals(List.of(new F12Report.GroupedAnswer("Slow", 3), new F12Report.GroupedAnswer("ดี", 2),
        new F12Report.GroupedAnswer("ช้า", 1)), F12Composer.group(texts));
  }

  @Test
  void noAnswersGiveNoMeansButAllGroupsAndQuestions() {
    F12Report r = F12Composer.compose(ev, List.of());
    assertEquals(0, r.respondents());
    assertNull(r.overall().mean());
    assertNull(r.firstAnswerAt());
    assertEquals(2, r.byGroup().size());
    assertEquals(2, r.openQuestions().size());
    assertEquals(0, r.openQuestions().get(0).answered());
  }
}
