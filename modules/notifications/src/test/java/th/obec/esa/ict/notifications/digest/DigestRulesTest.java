package th.obec.esa.ict.notifications.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.core.api.Person;
import th.obec.esa.ict.evaluation.api.EvaluationToAnswer;
import th.obec.esa.ict.forms.api.AccessExpiring;
import th.obec.esa.ict.forms.api.LoanDue;
import th.obec.esa.ict.forms.api.SubmissionStepped;
import th.obec.esa.ict.forms.api.WaitingTask;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.records.api.DueRound;

/** Who gets what in the daily digest. */
class DigestRulesTest {

  static final LocalDate DAY = LocalDate.of(2026, 12, 7);

  static final Person KHWANSIRI = new Person("khwansiri", "นางขวัญศิริ กองช่าง", "khwansiri@esa.local",
      Set.of(Roles.STAFF, Roles.ICT_OFFICER));
  static final Person SOMCHAI = new Person("somchai", "นายสมชาย โกฎวิเชียร", "somchai@esa.local", Set.of(Roles.STAFF));

  static SubmissionStepped step(long id, String transition, String state, String requester, String actor) {
    return new SubmissionStepped(id, "F03", "แบบคำขอซ่อม", "ศธ 04086/" + id, "เครื่องพิมพ์เสีย", transition, state,
        requester, requester, actor, null);
  }

  static final DigestRules.Facts FACTS = new DigestRules.Facts(
      List.of(step(1, "APPROVE", "APPROVED", "somchai", "nanphat"), step(2, "REJECT", "REJECTED", "khwansiri", "nanphat"),
          step(3, "SEND_BACK", "CORRECTION", "somchai", "khwansiri")),
      List.of(new LoanDue(10, "ศธ 04086/10", "somchai", "7440-001-0001/66", "โน้ตบุ๊ก", DAY.plusDays(1), 0),
          new LoanDue(11, "ศธ 04086/11", "khwansiri", "7440-001-0002/66", "โปรเจกเตอร์", DAY.minusDays(3), 3)),
      List.of(new AccessExpiring(20, "ศธ 04086/20", "somchai", "DMC", "ผู้บันทึก", DAY.plusDays(14))),
      List.of(new DueRound(30, "DMC", "ภาคเรียนที่ 2/2569", DAY.plusDays(3), 0, 12)));

  @Test
  void eachPersonGetsTheirOwnLoansAccessesAndDecisionsOnly() {
    DigestContent somchai = DigestRules.contentFor(SOMCHAI, false, FACTS, List.of(), List.of());
    assertEquals(List.of(1L, 3L), somchai.decided().stream().map(SubmissionStepped::submissionId).toList());
    assertEquals(List.of(10L), somchai.loans().stream().map(LoanDue::submissionId).toList());
    assertEquals(1, somchai.accesses().size());
    assertTrue(somchai.returns().isEmpty(), "F01 returns are the ICT group's to chase");
  }

  @Test
  void theIctGroupGetsTheF01RoundsAndWhatWaitsForThem() {
    WaitingTask review = new WaitingTask(40, "F03", "แบบคำขอซ่อม", "ศธ 04086/40", "จอเสีย", "นายสมชาย", "REVIEW", null);
    DigestContent khwansiri = DigestRules.contentFor(KHWANSIRI, false, FACTS, List.of(review), List.of());
    assertEquals(1, khwansiri.returns().size());
    assertEquals(1, khwansiri.waiting().size());
    assertEquals(List.of(2L), khwansiri.decided().stream().map(SubmissionStepped::submissionId).toList());
    assertEquals(List.of(11L), khwansiri.loans().stream().map(LoanDue::submissionId).toList());
    assertEquals(4, khwansiri.size());
  }

  @Test
  void whoHeardOfDecisionsAtOnceDoesNotGetThemAgainInTheDigest() {
    DigestContent somchai = DigestRules.contentFor(SOMCHAI, true, FACTS, List.of(), List.of());
    assertTrue(somchai.decided().isEmpty());
    assertEquals(1, somchai.loans().size());
  }

  @Test
  void oneDecidingOnHisOwnRequestIsNotToldOfIt() {
    DigestRules.Facts facts = new DigestRules.Facts(List.of(step(5, "COMPLETE", "DONE", "khwansiri", "khwansiri")),
        List.of(), List.of(), List.of());
    assertTrue(DigestRules.contentFor(KHWANSIRI, false, facts, List.of(), List.of()).isEmpty());
  }

  @Test
  void nothingToTellIsNoDigest() {
    DigestRules.Facts none = new DigestRules.Facts(List.of(), List.of(), List.of(), List.of());
    assertTrue(DigestRules.contentFor(SOMCHAI, false, none, List.of(), List.of()).isEmpty());
    EvaluationToAnswer f18 = new EvaluationToAnswer(7, "F18", "ความพึงพอใจต่อบริการ ICT", DAY.plusDays(10));
    assertEquals(1, DigestRules.contentFor(SOMCHAI, false, none, List.of(), List.of(f18)).size());
  }
}
