package th.obec.esa.ict.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.obec.esa.ict.core.audit.AuditEntry;
import th.obec.esa.ict.core.audit.AuditService;
import th.obec.esa.ict.evaluation.answer.AnswerInput;
import th.obec.esa.ict.evaluation.answer.AnswerReceipt;
import th.obec.esa.ict.evaluation.answer.AnswerService;
import th.obec.esa.ict.evaluation.api.EvaluationCase;
import th.obec.esa.ict.evaluation.api.EvaluationOutcome;
import th.obec.esa.ict.evaluation.api.EvaluationResults;
import th.obec.esa.ict.evaluation.form.EvaluationForm;
import th.obec.esa.ict.evaluation.form.EvaluationInput;
import th.obec.esa.ict.evaluation.form.EvaluationService;
import th.obec.esa.ict.evaluation.form.EvaluationState;
import th.obec.esa.ict.evaluation.form.EvaluationView;
import th.obec.esa.ict.evaluation.form.InputRejectedException;
import th.obec.esa.ict.evaluation.form.ItemView;
import th.obec.esa.ict.evaluation.form.PlannedClosing;
import th.obec.esa.ict.evaluation.form.RespondentGroup;
import th.obec.esa.ict.evaluation.form.SectionInput;
import th.obec.esa.ict.evaluation.report.F12Report;
import th.obec.esa.ict.evaluation.report.F12Workbook;
import th.obec.esa.ict.evaluation.report.ReportService;
import th.obec.esa.ict.evaluation.stats.ScoreStats;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.security.AccessDeniedException;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.evaluation.testdoubles.TestStandIns;
import th.obec.esa.ict.testing.Deployments;

/**
 * The evaluation module on Payara Micro against the tests' PostgreSQL: building and opening an
 * evaluation, answering once, a closed evaluation refusing answers, anonymous F20 answers once per
 * browser, the F12 of 30 answers equal to a spreadsheet's to two decimals, and who may do what.
 * Each test builds its own evaluation and uses its own user ids.
 */
@ExtendWith(ArquillianExtension.class)
class EvaluationIT {

  private static final AtomicInteger SEQ = new AtomicInteger();

  @Deployment
  static WebArchive deployment() {
    return Deployments.withMigrations(ShrinkWrap.create(WebArchive.class, "evaluation-it.war"))
        .addPackages(true, "th.obec.esa.ict.evaluation")
        .addPackage("th.obec.esa.ict.organization.api")
        .addAsResource("META-INF/persistence.xml")
        .addAsLibraries(Deployments.libraries("platform", "core", "flyway-core", "flyway-database-postgresql",
            "jackson-databind", "jackson-core", "jackson-annotations", "jackson-dataformat-toml", "unboundid-ldapsdk",
            "postgresql", "openpdf", "poi", "xmlbeans", "commons-compress", "commons-io", "commons-lang3",
            "commons-math3", "commons-collections4", "SparseBitSet", "curvesapi", "log4j-api", "commons-codec"));
  }

  @EJB EvaluationService evaluations;
  @EJB AnswerService answers;
  @EJB th.obec.esa.ict.evaluation.api.EvaluationReminders reminders;
  @EJB ReportService reports;
  @EJB EvaluationResults results;
  @EJB AuditService auditService;
  @Resource(lookup = "java:app/jdbc/ict") DataSource dataSource;

  private final Actor officer = Actor.self("it-nanphat", Roles.STAFF, Roles.ICT_OFFICER);
  private final Actor director = Actor.self("it-director", Roles.STAFF, Roles.DIRECTOR);
  private final Actor staffOnly = Actor.self("it-somchai", Roles.STAFF);

  private static Actor respondent(String what) {
    return Actor.self("it-" + what + "-" + System.nanoTime() % 1_000_000 + "-" + SEQ.incrementAndGet(), Roles.STAFF);
  }

  private static Map<Long, Integer> scores(EvaluationView ev, int r) {
    Map<Long, Integer> m = new HashMap<>();
    List<ItemView> items = ev.items();
    for (int i = 0; i < items.size(); i++) {
      m.put(items.get(i).id(), Fixtures.score(r, i));
    }
    return m;
  }

  private EvaluationView openF22() {
    EvaluationView draft = evaluations.create(Fixtures.f22(2569), officer);
    return evaluations.open(draft.id(), officer);
  }

  @Test
  void anOfficerBuildsAndOpensAndAPersonAnswersOnce() {
    EvaluationView draft = evaluations.create(Fixtures.f22(2569), officer);
    assertEquals(EvaluationState.DRAFT, draft.state());
    assertEquals(2, draft.sections().size());
    assertEquals(5, draft.items().size());
    assertEquals(List.of(1, 2, 3, 4, 5), draft.items().stream().map(ItemView::number).toList());
    assertFalse(draft.anonymous());

    EvaluationInput edited = new EvaluationInput(EvaluationForm.F22, draft.title(), null, 2569, "ระบบ DMC",
        EnumSet.of(RespondentGroup.SCHOOL_STAFF, RespondentGroup.OFFICE_STAFF), LocalDate.now().plusDays(30),
        List.of(new SectionInput("ด้านความถูกต้องของข้อมูล", List.of("ข้อมูลถูกต้อง", "ข้อมูลเป็นปัจจุบัน")),
            new SectionInput("ด้านการใช้งานระบบ", List.of("ระบบใช้งานง่าย"))), List.of("ข้อเสนอแนะ"));
    EvaluationView updated = evaluations.update(draft.id(), edited, officer);
    assertEquals(3, updated.items().size());
    assertEquals(1, updated.questions().size());

    Actor person = respondent("answer");
    assertEquals("evaluation.answer.notOpen", assertThrows(BusinessException.class,
        () -> answers.answer(draft.id(), new AnswerInput(RespondentGroup.OFFICE_STAFF, null, scores(updated, 1),
            null), person)).key());

    EvaluationView open = evaluations.open(draft.id(), officer);
    assertEquals(EvaluationState.OPEN, open.state());
    assertNotNull(open.openedAt());
    assertEquals("evaluation.state.notDraft", assertThrows(BusinessException.class,
        () -> evaluations.update(draft.id(), edited, officer)).key());
    assertTrue(answers.openFor(person).stream().anyMatch(o -> o.evaluation().id() == open.id() && !o.answered()));
    // the notifications' view: opened within the window and not answered by this person
    java.time.OffsetDateTime hourAgo = java.time.OffsetDateTime.now().minusHours(1);
    java.time.OffsetDateTime inAnHour = java.time.OffsetDateTime.now().plusHours(1);
    assertTrue(reminders.toAnswer(person.uid(), hourAgo, inAnHour).stream()
        .anyMatch(e -> e.evaluationId() == open.id() && "F22".equals(e.formCode())));
    assertTrue(reminders.toAnswer(person.uid(), inAnHour, inAnHour.plusDays(1)).stream()
        .noneMatch(e -> e.evaluationId() == open.id()), "opened before the window");

    // a sheet with a missing item is refused whole, on that item's field
    Map<Long, Integer> missing = scores(open, 2);
    long missingItem = open.items().get(1).id();
    missing.remove(missingItem);
    InputRejectedException refused = assertThrows(InputRejectedException.class, () -> answers.answer(open.id(),
        new AnswerInput(RespondentGroup.SCHOOL_STAFF, "โรงเรียนบ้านโคก", missing, null), person));
    assertEquals("item-" + missingItem, refused.field());
    assertFalse(answers.hasAnswered(open.id(), person));

    AnswerReceipt receipt = answers.answer(open.id(), new AnswerInput(RespondentGroup.SCHOOL_STAFF,
        " โรงเรียนบ้านโคก ", scores(open, 3), Map.of(open.questions().get(0).id(), " ขอบคุณครับ ")), person);
    assertEquals(open.id(), receipt.evaluationId());
    assertTrue(answers.hasAnswered(open.id(), person));
    assertTrue(answers.openFor(person).stream().anyMatch(o -> o.evaluation().id() == open.id() && o.answered()));
    assertTrue(reminders.toAnswer(person.uid(), hourAgo, inAnHour).stream().noneMatch(e -> e.evaluationId() == open.id()),
        "answered: nothing to remind");

    BusinessException again = assertThrows(BusinessException.class, () -> answers.answer(open.id(),
        new AnswerInput(RespondentGroup.SCHOOL_STAFF, "โรงเรียนบ้านโคก", scores(open, 4), null), person));
    assertEquals("evaluation.answer.already", again.key());
    assertEquals(1, reports.f12(open.id(), officer).respondents());
    assertEquals(List.of("ขอบคุณครับ"),
        reports.f12(open.id(), officer).openQuestions().get(0).answers().stream()
            .map(F12Report.GroupedAnswer::text).toList());

    List<String> actions = auditService.forSubject("evaluation", Long.toString(open.id())).stream()
        .map(AuditEntry::getAction).toList();
    assertTrue(actions.containsAll(List.of("evaluation.evaluation.created", "evaluation.evaluation.updated",
        "evaluation.evaluation.opened", "evaluation.answer.submitted")), actions.toString());
    AuditEntry answered = auditService.forSubject("evaluation", Long.toString(open.id())).stream()
        .filter(a -> a.getAction().equals("evaluation.answer.submitted")).findFirst().orElseThrow();
    assertEquals(person.uid(), answered.getActorUid());
    assertFalse(answered.getDetail().matches(".*\\b[1-5]\\s*,\\s*[1-5]\\b.*"), answered.getDetail());
  }

  @Test
  void theDatabaseItselfRefusesASecondSheetOfTheSamePerson() throws Exception {
    EvaluationView open = openF22();
    Actor person = respondent(TestStandIns.OFFICE + "db");
    answers.answer(open.id(), new AnswerInput(RespondentGroup.OFFICE_STAFF, null, scores(open, 5), null), person);
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
        "INSERT INTO evl_response (id, evaluation_id, respondent_uid, respondent_group, submitted_at)"
            + " VALUES (?, ?, ?, 'OFFICE_STAFF', CURRENT_TIMESTAMP)")) {
      ps.setLong(1, 900_000_000L + SEQ.incrementAndGet());
      ps.setLong(2, open.id());
      ps.setString(3, person.uid());
      assertThrows(SQLException.class, ps::executeUpdate);
    }
  }

  @Test
  void aRespondentsGroupComesFromTheOfficesStaffListNotFromTheirChoice() {
    EvaluationView open = openF22();
    Actor staff = respondent(TestStandIns.OFFICE + "group");
    InputRejectedException refused = assertThrows(InputRejectedException.class, () -> answers.answer(open.id(),
        new AnswerInput(RespondentGroup.SCHOOL_STAFF, "โรงเรียนบ้านโคก", scores(open, 9), null), staff));
    assertEquals("group", refused.field());
    assertFalse(answers.hasAnswered(open.id(), staff));
    answers.answer(open.id(), new AnswerInput(null, null, scores(open, 9), null), staff);
    Actor teacher = respondent("group");
    assertThrows(InputRejectedException.class, () -> answers.answer(open.id(),
        new AnswerInput(RespondentGroup.OFFICE_STAFF, null, scores(open, 10), null), teacher));
    assertEquals(1, reports.f12(open.id(), officer).byGroup().stream()
        .filter(g -> g.group() == RespondentGroup.OFFICE_STAFF).findFirst().orElseThrow().count());
  }

  @Test
  void aClosedEvaluationRefusesNewAnswersWithAClearMessage() {
    EvaluationView open = openF22();
    Actor early = respondent(TestStandIns.OFFICE + "early");
    answers.answer(open.id(), new AnswerInput(RespondentGroup.OFFICE_STAFF, null, scores(open, 6), null), early);
    EvaluationView closed = evaluations.close(open.id(), officer);
    assertEquals(EvaluationState.CLOSED, closed.state());
    assertNotNull(closed.closedAt());

    Actor late = respondent(TestStandIns.OFFICE + "late");
    BusinessException refused = assertThrows(BusinessException.class, () -> answers.answer(open.id(),
        new AnswerInput(RespondentGroup.OFFICE_STAFF, null, scores(open, 7), null), late));
    assertEquals("evaluation.answer.closed", refused.key());
    assertEquals(open.title(), refused.args()[0]);
    assertFalse(answers.hasAnswered(open.id(), late));
    assertEquals(1, reports.f12(open.id(), director).respondents());
    assertEquals("evaluation.state.notOpen",
        assertThrows(BusinessException.class, () -> evaluations.close(open.id(), officer)).key());
    assertTrue(auditService.forSubject("evaluation", Long.toString(open.id())).stream()
        .anyMatch(a -> a.getAction().equals("evaluation.evaluation.closed")));
  }

  @Test
  void anEvaluationClosesItselfAfterItsPlannedClosingDay() {
    LocalDate today = LocalDate.now(OfficeTime.ZONE);
    EvaluationInput base = Fixtures.f22(2569);
    EvaluationView draft = evaluations.create(new EvaluationInput(base.form(), base.title(), null, 2569,
        base.subject(), base.groups(), today, base.sections(), base.openQuestions()), officer);
    EvaluationView open = evaluations.open(draft.id(), officer);
    assertFalse(evaluations.closeDue(today, PlannedClosing.SYSTEM).contains(open.id()), "open through its last day");
    assertTrue(evaluations.closeDue(today.plusDays(1), PlannedClosing.SYSTEM).contains(open.id()));
    assertEquals(EvaluationState.CLOSED, evaluations.get(open.id(), officer).state());
    assertEquals(PlannedClosing.SYSTEM.uid(), evaluations.get(open.id(), officer).closedBy());
    assertEquals("evaluation.plannedClose.past", assertThrows(InputRejectedException.class,
        () -> evaluations.create(new EvaluationInput(base.form(), base.title(), null, 2569, base.subject(),
            base.groups(), today.minusDays(1), base.sections(), base.openQuestions()), officer)).key());
  }

  @Test
  void anonymousWebsiteAnswersAreRefusedTwiceFromTheSameBrowser() throws Exception {
    EvaluationInput f20 = new EvaluationInput(EvaluationForm.F20, "ประเมินความพึงพอใจต่อเว็บไซต์สำนักงาน", null, 2569,
        "เว็บไซต์สำนักงาน", EnumSet.of(RespondentGroup.PUBLIC, RespondentGroup.SCHOOL_STAFF), null,
        List.of(new SectionInput("ด้านเนื้อหา", List.of("ข่าวสารทันสมัย", "ค้นหาข้อมูลได้ง่าย"))),
        List.of("ข้อเสนอแนะ"));
    EvaluationView draft = evaluations.create(f20, officer);
    assertTrue(draft.anonymous());
    EvaluationView open = evaluations.open(draft.id(), officer);
    assertEquals(open.id(), answers.publicForm(open.id()).id());

    String browser = "browser-" + System.nanoTime() + "-abcdefghij";
    AnswerInput sheet = new AnswerInput(RespondentGroup.PUBLIC, null, scores(open, 8), null);
    answers.answerAnonymously(open.id(), sheet, browser);
    assertTrue(answers.hasAnsweredFromBrowser(open.id(), browser));
    assertEquals("evaluation.answer.alreadyFromBrowser", assertThrows(BusinessException.class,
        () -> answers.answerAnonymously(open.id(), sheet, browser)).key());
    answers.answerAnonymously(open.id(), sheet, "another-browser-" + System.nanoTime());
    assertEquals(2, reports.f12(open.id(), officer).respondents());
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT COUNT(*) FROM evl_response WHERE evaluation_id = ? AND respondent_uid IS NULL"
            + " AND client_key_hash IS NOT NULL")) {
      ps.setLong(1, open.id());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertEquals(2, rs.getInt(1));
      }
    }
    EvaluationView f22 = openF22();
    assertEquals("evaluation.answer.notAnonymous", assertThrows(BusinessException.class,
        () -> answers.answerAnonymously(f22.id(), new AnswerInput(RespondentGroup.OFFICE_STAFF, null,
            scores(f22, 1), null), browser)).key());
    assertEquals("evaluation.evaluation.notFound",
        assertThrows(BusinessException.class, () -> answers.publicForm(f22.id())).key());
    assertEquals("evaluation.groups.publicOnlyF20", assertThrows(InputRejectedException.class,
        () -> evaluations.create(new EvaluationInput(EvaluationForm.F22, f20.title(), null, 2569, f20.subject(),
            f20.groups(), null, f20.sections(), f20.openQuestions()), officer)).key());
  }

  /** Acceptance: 30 answers to an F22: the F12 means and SDs equal a spreadsheet's, to two decimals. */
  @Test
  void thirtyAnswersToAnF22GiveTheSpreadsheetsMeansAndDeviations() {
    EvaluationView ev = openF22();
    List<List<Integer>> byItem = new ArrayList<>();
    ev.items().forEach(i -> byItem.add(new ArrayList<>()));
    for (int r = 0; r < 30; r++) {
      Map<Long, Integer> s = scores(ev, r);
      for (int i = 0; i < ev.items().size(); i++) {
        byItem.get(i).add(s.get(ev.items().get(i).id()));
      }
      RespondentGroup g = r % 3 == 0 ? RespondentGroup.OFFICE_STAFF : RespondentGroup.SCHOOL_STAFF;
      answers.answer(ev.id(), new AnswerInput(g, g == RespondentGroup.SCHOOL_STAFF ? "โรงเรียนบ้านนา " + r % 4 : null,
          s, r % 4 == 0 ? Map.of(ev.questions().get(0).id(), "อินเทอร์เน็ตช้า") : null), respondent((g == RespondentGroup.OFFICE_STAFF ? TestStandIns.OFFICE : "") + "f22-" + r));
    }
    F12Report f12 = reports.f12(ev.id(), director);
    assertEquals(30, f12.respondents());
    assertEquals(10, f12.byGroup().stream().filter(g -> g.group() == RespondentGroup.OFFICE_STAFF)
        .findFirst().orElseThrow().count());
    assertEquals(8, f12.openQuestions().get(0).answers().get(0).count());

    Map<String, SpreadsheetCheck.Figures> sheet = SpreadsheetCheck.summary(reports.f12Xlsx(ev.id(), officer));
    int index = 0;
    List<Integer> all = new ArrayList<>();
    for (F12Report.SectionResult s : f12.sections()) {
      List<Integer> section = new ArrayList<>();
      for (F12Report.ItemResult i : s.items()) {
        SpreadsheetCheck.Figures f = sheet.get(Integer.toString(i.number()));
        assertTrue(f.formulaMean().startsWith("AVERAGE("), f.formulaMean());
        assertTrue(f.formulaSd().startsWith("STDEV("), f.formulaSd());
        assertEquals(f.mean(), i.stats().mean(), "mean of item " + i.number());
        assertEquals(f.sd(), i.stats().sd(), "SD of item " + i.number());
        assertEquals(f.mean(), f.cachedMean(), "cached mean of item " + i.number());
        assertEquals(f.sd(), f.cachedSd(), "cached SD of item " + i.number());
        // and the scores as submitted, by the textbook formulas in doubles
        List<Integer> submitted = byItem.get(index++);
        assertEquals(30, i.stats().n());
        assertEquals(round(mean(submitted)), i.stats().mean());
        assertEquals(round(sd(submitted)), i.stats().sd());
        section.addAll(submitted);
      }
      SpreadsheetCheck.Figures total = sheet.get(F12Workbook.sectionLabel(s.number()));
      assertEquals(total.mean(), s.total().mean(), "mean of section " + s.number());
      assertEquals(total.sd(), s.total().sd(), "SD of section " + s.number());
      assertEquals(round(mean(section)), s.total().mean());
      assertEquals(round(sd(section)), s.total().sd());
      all.addAll(section);
    }
    SpreadsheetCheck.Figures overall = sheet.get(F12Workbook.OVERALL_LABEL);
    ScoreStats o = f12.overall();
    assertEquals(overall.mean(), o.mean());
    assertEquals(overall.sd(), o.sd());
    assertEquals(round(mean(all)), o.mean());
    assertEquals(round(sd(all)), o.sd());

    byte[] pdf = reports.f12Pdf(ev.id(), null, "นายทดสอบ ระบบ", officer);
    assertEquals("%PDF", new String(Arrays.copyOf(pdf, 4), StandardCharsets.US_ASCII));
    assertTrue(pdf.length > 10_000);

    evaluations.close(ev.id(), officer);
    EvaluationOutcome outcome = results.results(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1)).stream()
        .filter(x -> x.id() == ev.id()).findFirst().orElseThrow();
    assertEquals("F22", outcome.formCode());
    assertEquals("CLOSED", outcome.state());
    assertEquals(30, outcome.respondents());
    assertEquals(o.mean(), outcome.overallMean());
    assertEquals(o.sd(), outcome.overallSd());
    assertEquals(o.band().thai(), outcome.bandThai());
    assertTrue(results.results(LocalDate.now().plusDays(2), LocalDate.now().plusDays(3)).stream()
        .noneMatch(x -> x.id() == ev.id()));
    List<EvaluationCase> cases = results.cases(Set.of("F22", "F99"), 1000);
    assertTrue(cases.stream().anyMatch(c -> c.id() == ev.id() && c.respondents() == 30));
    assertTrue(results.cases(Set.of("F20"), 50).stream().noneMatch(c -> c.id() == ev.id()));
  }

  @Test
  void aStaffOnlyActorCannotBuildOrReadTheF12() {
    assertThrows(AccessDeniedException.class, () -> evaluations.create(Fixtures.f22(2569), staffOnly));
    EvaluationView open = openF22();
    assertThrows(AccessDeniedException.class, () -> reports.f12(open.id(), staffOnly));
    assertThrows(AccessDeniedException.class, () -> reports.f12Xlsx(open.id(), staffOnly));
    assertThrows(AccessDeniedException.class, () -> evaluations.close(open.id(), staffOnly));
    assertNotNull(reports.f12(open.id(), Actor.self("it-auditor", Roles.AUDITOR)));
    EvaluationView draft = evaluations.create(Fixtures.f22(2570), officer);
    assertThrows(AccessDeniedException.class, () -> evaluations.get(draft.id(), staffOnly));
    assertEquals(open.id(), evaluations.get(open.id(), staffOnly).id());
    EvaluationView copy = evaluations.copy(open.id(), 2570, officer);
    assertEquals(EvaluationState.DRAFT, copy.state());
    assertEquals(2570, copy.fiscalYear());
    assertEquals(open.items().size(), copy.items().size());
    assertNull(copy.openedAt());
  }

  private static double mean(List<Integer> xs) {
    return xs.stream().mapToInt(Integer::intValue).average().orElseThrow();
  }

  private static double sd(List<Integer> xs) {
    double m = mean(xs);
    double ss = xs.stream().mapToDouble(x -> (x - m) * (x - m)).sum();
    return Math.sqrt(ss / (xs.size() - 1));
  }

  private static BigDecimal round(double v) {
    return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
  }
}
