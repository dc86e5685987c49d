package th.obec.esa.ict.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.core.audit.AuditService;
import th.obec.esa.ict.forms.action.ActionKind;
import th.obec.esa.ict.forms.action.ActionRequest;
import th.obec.esa.ict.forms.api.SubmissionApproved;
import th.obec.esa.ict.forms.api.SubmissionDone;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.document.MemoService;
import th.obec.esa.ict.forms.loan.AssetMonth;
import th.obec.esa.ict.forms.loan.ConditionCheck;
import th.obec.esa.ict.forms.loan.LoanOverlapException;
import th.obec.esa.ict.forms.loan.LoanRequest;
import th.obec.esa.ict.forms.loan.LoanService;
import th.obec.esa.ict.forms.port.AssetState;
import th.obec.esa.ict.forms.port.BasisKind;
import th.obec.esa.ict.forms.repair.RepairRequest;
import th.obec.esa.ict.forms.submission.FormDetail;
import th.obec.esa.ict.forms.submission.InboxEntry;
import th.obec.esa.ict.forms.api.NewSubmission;
import th.obec.esa.ict.forms.api.SchoolContact;
import th.obec.esa.ict.forms.submission.SelfApprovalException;
import th.obec.esa.ict.forms.submission.StepView;
import th.obec.esa.ict.forms.submission.SubmissionService;
import th.obec.esa.ict.forms.submission.SubmissionView;
import th.obec.esa.ict.forms.submission.Task;
import th.obec.esa.ict.forms.testdoubles.RecordedEvents;
import th.obec.esa.ict.forms.testdoubles.TestAssets;
import th.obec.esa.ict.forms.testdoubles.TestAuthority;
import th.obec.esa.ict.forms.use.UseLine;
import th.obec.esa.ict.forms.use.UseRequest;
import th.obec.esa.ict.forms.workflow.State;
import th.obec.esa.ict.forms.workflow.TransitionNotAllowedException;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.security.AccessDeniedException;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.platform.time.ThaiDates;

/**
 * Submissions on Payara Micro against the tests' PostgreSQL, with in-memory doubles of the
 * organisation, delegation and assets ports: numbering under concurrency, the repair and loan
 * flows with the asset's status following, acting approval and the printed memo. Run by
 * {@link FormsIT}.
 */
interface SubmissionChecks extends FormsServices {

  AtomicInteger SEQ = new AtomicInteger();



  Actor somchai = Actor.self("somchai", Roles.STAFF);
  Actor nanphat = Actor.self("nanphat", Roles.STAFF, Roles.ICT_OFFICER);
  Actor khwansiri = Actor.self("khwansiri", Roles.STAFF, Roles.ICT_OFFICER);
  Actor wiparat = Actor.self("wiparat", Roles.STAFF, Roles.ICT_OFFICER);
  Actor director = Actor.self("director1", Roles.STAFF, Roles.DIRECTOR);

  private static String unique(String prefix) {
    return prefix + System.nanoTime() % 1_000_000 + SEQ.incrementAndGet();
  }

  @Test
  default void twentyParallelSubmissionsNeverShareARunningNumber() throws Exception {
    Actor requester = Actor.self(unique("t-"), Roles.STAFF);
    List<Long> drafts = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      drafts.add(forms().createDraft(NewSubmission.of(FormCode.F05, "ขอติดตั้งเครื่องพิมพ์ " + i, null),
          new ActionRequest(ActionKind.INSTALL, "ห้อง " + i, null), requester).id());
    }
    CountDownLatch start = new CountDownLatch(1);
    List<Future<SubmissionView>> results = new ArrayList<>();
    for (long id : drafts) {
      results.add(executor().submit(() -> {
        start.await();
        return forms().submit(id, requester);
      }));
    }
    start.countDown();
    Set<String> numbers = new HashSet<>();
    for (Future<SubmissionView> f : results) {
      SubmissionView v = f.get(120, TimeUnit.SECONDS);
      assertEquals(State.SUBMITTED, v.state());
      numbers.add(v.numberText());
    }
    Set<String> expected = new HashSet<>();
    for (int i = 1; i <= 20; i++) {
      expected.add("ศธ " + requester.uid().toUpperCase() + "/" + i); // the test unit's own register (TestOffice)
    }
    assertEquals(expected, numbers, "twenty distinct numbers, 1 to 20, in the unit's new register");
  }

  @Test
  default void aSecondOverlappingLoanIsRefusedWithTheDatesOfTheFirst() {
    long notebook = assets().add("เครื่องคอมพิวเตอร์โน้ตบุ๊ก");
    LocalDate from = LocalDate.now().plusDays(10);
    SubmissionView first = forms().file(NewSubmission.of(FormCode.F04, "ขอยืมโน้ตบุ๊กไปอบรม", "ใช้ในการอบรมครู"),
        new LoanRequest(List.of(notebook), from, from.plusDays(2)), somchai);
    assertEquals(State.SUBMITTED, first.state());
    long second = forms().createDraft(NewSubmission.of(FormCode.F04, "ขอยืมโน้ตบุ๊กไปประชุม", null),
        new LoanRequest(List.of(notebook), from.plusDays(1), from.plusDays(5)), wiparat).id();
    LoanOverlapException e = assertThrows(LoanOverlapException.class, () -> forms().submit(second, wiparat));
    assertEquals("forms.loan.overlap", e.key());
    assertEquals(ThaiDates.formatNumeric(from), e.args()[1]);
    assertEquals(ThaiDates.formatNumeric(from.plusDays(2)), e.args()[2]);
    assertEquals(first.numberText(), e.args()[3]);
    assertEquals(State.DRAFT, forms().get(second, wiparat).state(), "the refused submission stays a draft, unnumbered");
    assertNull(forms().get(second, wiparat).numberText());

    SubmissionView later = forms().file(NewSubmission.of(FormCode.F04, "ขอยืมโน้ตบุ๊กล่วงหน้า", null),
        new LoanRequest(List.of(notebook), from.plusDays(3), from.plusDays(4)), wiparat);
    assertEquals(State.SUBMITTED, later.state(), "booking ahead after the first loan is fine");
    AssetMonth month = loans().availability(notebook, YearMonth.from(from));
    assertFalse(month.days().get(from.getDayOfMonth() - 1).free());
    assertEquals(first.numberText(), month.days().get(from.getDayOfMonth() - 1).bookedBy());
    assertTrue(month.bookings().stream().anyMatch(b -> b.submissionId() == first.id()), month.bookings().toString());
  }

  @Test
  default void aRequesterCannotApproveTheirOwnRequestWhateverPowersTheyHold() {
    long pc = assets().add("เครื่องคอมพิวเตอร์ตั้งโต๊ะ");
    SubmissionView own = forms().file(NewSubmission.of(FormCode.F03, "แจ้งซ่อมเครื่องคอมพิวเตอร์", null),
        new RepairRequest(pc, null, "ห้องกลุ่ม ICT", "เปิดไม่ติด"), nanphat);
    assertThrows(SelfApprovalException.class, () -> forms().review(own.id(), null, nanphat), "nor review it");
    forms().review(own.id(), null, wiparat);
    SelfApprovalException e = assertThrows(SelfApprovalException.class, () -> forms().approve(own.id(), null, nanphat));
    assertEquals("forms.approval.ownRequest", e.key());
    assertThrows(SelfApprovalException.class,
        () -> forms().approve(own.id(), null, khwansiri.actingFor("nanphat", TestAuthority.STAND_IN_BASIS)),
        "nobody approves for the requester either");
    assertTrue(forms().inbox(nanphat).stream().noneMatch(i -> i.submission().id() == own.id()));
    assertEquals(State.REVIEWED, forms().get(own.id(), nanphat).state());
    assertEquals(AssetState.IN_USE, assets().state(pc));
    assertEquals(State.APPROVED, forms().approve(own.id(), "อนุมัติ", director).state());
  }

  @Test
  default void aRepairApprovedByAStandInPutsTheAssetUnderRepairAndPrintsWhoActedForWhom() throws Exception {
    long notebook = assets().add("เครื่องคอมพิวเตอร์โน้ตบุ๊ก สำหรับงานสำนักงาน");
    SubmissionView filed = forms().file(NewSubmission.of(FormCode.F03, "ขอแจ้งซ่อมเครื่องคอมพิวเตอร์โน้ตบุ๊ก",
        "ใช้งานระบบการเงินไม่ได้"), new RepairRequest(notebook, null, "ห้องการเงิน", "เครื่องดับเองหลังเปิดสิบนาที"), somchai);
    assertTrue(filed.numberText().startsWith("ศธ 04086/"));
    assertThrows(AccessDeniedException.class, () -> forms().review(filed.id(), null, somchai));
    assertTrue(forms().inbox(wiparat).stream().anyMatch(i -> i.submission().id() == filed.id() && i.task() == Task.REVIEW));
    forms().review(filed.id(), "ตรวจสอบแล้ว", wiparat);

    InboxEntry waiting = forms().inbox(khwansiri).stream().filter(i -> i.submission().id() == filed.id()).findFirst()
        .orElseThrow();
    assertEquals(Task.APPROVE, waiting.task());
    assertEquals("nanphat", waiting.options().get(0).actingForUid(), "the inbox says she may approve for nanphat");
    // what a notification is told: the same, by the inbox's own rules
    var task = reminders().waitingOn(filed.id(), khwansiri).orElseThrow();
    assertEquals("APPROVE", task.task());
    assertEquals("nanphat", task.actingFor());
    assertEquals(filed.numberText(), task.numberText());
    assertTrue(reminders().waitingFor(khwansiri).stream().anyMatch(t -> t.submissionId() == filed.id()));
    assertTrue(reminders().waitingOn(filed.id(), somchai).isEmpty(), "never one's own request to decide");

    SubmissionView approved = forms().approve(filed.id(), "อนุมัติ", khwansiri);
    assertEquals(State.APPROVED, approved.state());
    assertEquals(AssetState.UNDER_REPAIR, assets().state(notebook));
    assertTrue(assets().changes(notebook).get(0).startsWith("UNDER_REPAIR by khwansiri for nanphat: F03 ศธ 04086/"));
    StepView approval = approved.steps().get(approved.steps().size() - 1);
    assertEquals("khwansiri", approval.actorUid());
    assertEquals("nanphat", approval.actingForUid());
    assertEquals(BasisKind.STAND_IN, approval.basisKind());
    assertEquals(TestAuthority.STAND_IN_BASIS, approval.basis());
    assertEquals("นางนันทน์ภัส เกียรติมาพรศักดิ์", approval.actingForName());

    byte[] pdf = memos().pdf(filed.id(), true, somchai);
    assertTrue(pdf.length > 1000 && new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
    String text = pdftotext(pdf);
    if (text != null) {
      assertTrue(text.contains("บันทึกข้อความ"), text);
      assertTrue(text.contains(th.obec.esa.ict.platform.text.ThaiDigits.toThai(filed.numberText())), text);
      assertTrue(text.contains("นางขวัญศิริ กองช่าง ปฏิบัติหน้าที่แทน นางนันทน์ภัส เกียรติมาพรศักดิ์"), text);
    }

    forms().assign(filed.id(), "khwansiri", null, wiparat);
    forms().logWork(filed.id(), "เปลี่ยนพัดลมระบายความร้อน", "พัดลม CPU 1 ตัว", new java.math.BigDecimal("350.00"), khwansiri);
    SubmissionView done = forms().complete(filed.id(), "ซ่อมเรียบร้อย", null, khwansiri);
    assertEquals(State.DONE, done.state());
    assertEquals(1, done.workLog().size());
    assertEquals(AssetState.IN_USE, assets().state(notebook));
    assertEquals(7, auditService().forSubject("submission", String.valueOf(filed.id())).size());

    // what another module's observer is told, inside the deciding transactions
    var seen = events().of(filed.id());
    assertEquals(2, seen.size(), seen.toString());
    assertTrue(seen.stream().allMatch(RecordedEvents.Seen::inTransaction), seen.toString());
    SubmissionApproved approvedEvent = (SubmissionApproved) seen.get(0).event();
    assertEquals(FormCode.F03, approvedEvent.form());
    assertEquals("khwansiri", approvedEvent.actor().uid());
    assertEquals("nanphat", approvedEvent.actingForUid());
    assertEquals("อนุมัติ", approvedEvent.comment());
    SubmissionDone doneEvent = (SubmissionDone) seen.get(1).event();
    assertEquals(filed.numberText(), doneEvent.numberText());
    assertEquals("ซ่อมเรียบร้อย", doneEvent.outcome());
    assertEquals("khwansiri", doneEvent.actor().uid());
  }

  @Test
  default void aLoanGoesOutIsRemindedWhenOverdueAndComesBackChecked() {
    long projector = assets().add("เครื่องฉายภาพ");
    LocalDate today = LocalDate.now();
    SubmissionView loan = forms().file(NewSubmission.of(FormCode.F04, "ขอยืมเครื่องฉายภาพ", "ประชุมผู้บริหารสถานศึกษา"),
        new LoanRequest(List.of(projector), today, today), somchai);
    forms().review(loan.id(), null, wiparat);
    forms().approve(loan.id(), null, director);
    assertEquals(AssetState.IN_USE, assets().state(projector), "booked, not yet handed out");
    forms().assign(loan.id(), "wiparat", "ส่งมอบที่ห้องประชุม", wiparat);
    assertEquals(AssetState.ON_LOAN, assets().state(projector));
    // the notifications' view of it: due tomorrow the day before, overdue after, nothing on the day itself
    assertTrue(reminders().loansDueOrOverdue(today.minusDays(1)).stream()
        .anyMatch(l -> l.submissionId() == loan.id() && l.daysOverdue() == 0 && "somchai".equals(l.borrowerUid())));
    assertTrue(reminders().loansDueOrOverdue(today).stream().noneMatch(l -> l.submissionId() == loan.id()));
    assertTrue(reminders().loansDueOrOverdue(today.plusDays(3)).stream()
        .anyMatch(l -> l.submissionId() == loan.id() && l.daysOverdue() == 3));
    assertTrue(loans().remindOverdue(today.plusDays(3)) >= 1);
    assertEquals(0, loans().remindOverdue(today.plusDays(3)), "one reminder per loan and day");
    assertTrue(loans().overdueFor("somchai", today.plusDays(3)).stream()
        .anyMatch(o -> o.submissionId() == loan.id() && o.daysOverdue() == 3), "the borrower's home page lists it");
    assertTrue(loans().overdueFor("somchai", today).stream().noneMatch(o -> o.submissionId() == loan.id()),
        "not before its last day has passed");
    SubmissionView seen = forms().get(loan.id(), somchai);
    assertEquals(1, seen.reminders().size());
    assertEquals(3, seen.reminders().get(0).daysOverdue());
    assertEquals("somchai", seen.reminders().get(0).recipientUid());

    BusinessException noCheck = assertThrows(BusinessException.class, () -> forms().complete(loan.id(), null, null, wiparat));
    assertEquals("forms.loan.condition.required", noCheck.key());
    SubmissionView back = forms().complete(loan.id(), null, new ConditionCheck(false, "เลนส์มีรอยร้าว"), wiparat);
    assertEquals(State.DONE, back.state());
    assertEquals(Boolean.FALSE, back.loans().get(0).conditionOk());
    assertEquals(AssetState.BROKEN, assets().state(projector));
  }

  @Test
  default void theAmountOfAnF02OrF04IsComputedFromItsLinesAndATypedOneThatDisagreesIsRefused() {
    String subject = unique("ขอใช้หมึกพิมพ์ ");
    UseRequest priced = new UseRequest(List.of(new UseLine("หมึกพิมพ์เลเซอร์", 2, "กล่อง", null, new java.math.BigDecimal("850.00")),
        new UseLine("กระดาษ A4", 5, "รีม", null, new java.math.BigDecimal("120.50"))));
    SubmissionView use = forms().file(NewSubmission.of(FormCode.F02, subject, "ใช้พิมพ์เอกสารประชุม"), priced, somchai);
    assertEquals(0, new java.math.BigDecimal("2302.50").compareTo(use.amount()), "2 × 850 + 5 × 120.50: " + use.amount());
    assertEquals(new java.math.BigDecimal("120.50"), use.useLines().get(1).unitPrice(), "the line keeps its price");

    String typed = unique("ขอใช้หมึกพิมพ์ (กรอกเอง) ");
    BusinessException wrong = assertThrows(BusinessException.class, () -> forms().file(
        NewSubmission.of(FormCode.F02, typed, null).withAmount(new java.math.BigDecimal("500")), priced, somchai));
    assertEquals("forms.amount.disagreesWithLines", wrong.key());
    assertEquals("amount", wrong.field());
    assertTrue(forms().mine(somchai).stream().noneMatch(s -> typed.equals(s.subject())), "nothing half-saved");

    long notebook = assets().add("เครื่องคอมพิวเตอร์โน้ตบุ๊ก", new java.math.BigDecimal("22000.00"));
    long projector = assets().add("เครื่องฉายภาพ", new java.math.BigDecimal("15900.00"));
    LocalDate from = LocalDate.now().plusDays(40);
    SubmissionView loan = forms().file(NewSubmission.of(FormCode.F04, unique("ขอยืมไปอบรม "), null),
        new LoanRequest(List.of(notebook, projector), from, from.plusDays(1)), somchai);
    assertEquals(0, new java.math.BigDecimal("37900.00").compareTo(loan.amount()), "the register's prices: " + loan.amount());

    long unpriced = assets().add("เมาส์ไร้สาย");
    BusinessException noPrice = assertThrows(BusinessException.class, () -> forms().file(
        NewSubmission.of(FormCode.F04, unique("ขอยืมเมาส์ "), null).withAmount(new java.math.BigDecimal("300")),
        new LoanRequest(List.of(unpriced), from, from), somchai));
    assertEquals("forms.amount.fromLines", noPrice.key(), "no price in the register: no typed figure stands in for it");
  }

  @Test
  default void theRequesterWithdrawsBeforeApprovalAndARejectionNeedsAReason() {
    SubmissionView use = forms().file(NewSubmission.of(FormCode.F02, "ขอใช้วัสดุคอมพิวเตอร์", "ใช้พิมพ์เอกสารประชุม"),
        new UseRequest(List.of(new UseLine("หมึกพิมพ์เลเซอร์", 2, "กล่อง", null, null))), somchai);
    assertThrows(AccessDeniedException.class, () -> forms().withdraw(use.id(), null, wiparat));
    assertEquals(State.WITHDRAWN, forms().withdraw(use.id(), "ได้รับจากกลุ่มแล้ว", somchai).state());
    assertThrows(TransitionNotAllowedException.class, () -> forms().review(use.id(), null, wiparat));

    SubmissionView school = forms().file(NewSubmission.of(FormCode.F03, "แจ้งซ่อมเครื่องพิมพ์ของโรงเรียน", null)
        .forSchool(new SchoolContact("นางสาวมาลี ใจดี", "โรงเรียนบ้านทดสอบ", "077-000000")),
        new RepairRequest(null, "เครื่องพิมพ์ของโรงเรียน", null, "กระดาษติด"), wiparat);
    assertEquals("ICT", school.unitCode());
    assertEquals("โรงเรียนบ้านทดสอบ", school.contactSchool());
    BusinessException noReason = assertThrows(BusinessException.class, () -> forms().reject(school.id(), " ", khwansiri));
    assertEquals("forms.reject.reasonRequired", noReason.key());
    assertEquals(State.REJECTED, forms().reject(school.id(), "ให้ติดต่อผู้ขายตามประกัน", khwansiri).state());
  }

  @Test
  default void aRequestIsFiledUnderOneProcessOfItsFormAndListedUnderThatProcessOnly() {
    Actor requester = Actor.self(unique("t-"), Roles.STAFF);
    RepairRequest printer = new RepairRequest(null, "เครื่องพิมพ์", "ห้องธุรการ", "กระดาษติด");
    SubmissionView byDefault = forms().file(NewSubmission.of(FormCode.F03, unique("ซ่อมตามค่าเริ่มต้น "), null), printer,
        requester);
    assertEquals(6, byDefault.process(), "a repair starts under process 6, install and maintain");
    SubmissionView chosen = forms().file(NewSubmission.of(FormCode.F03, unique("ซ่อมในงานพัฒนาบุคลากร "), null)
        .underProcess(9), printer, requester);
    assertEquals(9, chosen.process());
    assertEquals(9, forms().get(chosen.id(), requester).process(), "stored, not only answered");

    BusinessException notOfForm = assertThrows(BusinessException.class, () -> forms().file(
        NewSubmission.of(FormCode.F03, unique("ซ่อมผิดกระบวนงาน "), null).underProcess(7), printer, requester));
    assertEquals("forms.process.notOfForm", notOfForm.key());
    assertEquals("process", notOfForm.field());

    java.util.function.IntFunction<Set<Long>> listed = process -> new HashSet<>(figures()
        .cases(process, Set.of(FormCode.F03), 1000).stream().map(c -> c.id()).toList());
    assertTrue(listed.apply(6).contains(byDefault.id()));
    assertFalse(listed.apply(6).contains(chosen.id()));
    assertTrue(listed.apply(9).contains(chosen.id()));
    for (int other : new int[] {5, 8}) {
      assertFalse(listed.apply(other).contains(byDefault.id()), "not under process " + other);
      assertFalse(listed.apply(other).contains(chosen.id()), "not under process " + other);
    }
  }

  @Test
  default void eachFormsDetailIsCheckedByItsOwnFilingAndAnotherFormsDetailIsRefused() {
    Actor requester = Actor.self(unique("t-"), Roles.STAFF);
    java.util.function.BiFunction<FormCode, FormDetail, String> refusal = (form, detail) -> assertThrows(
        BusinessException.class, () -> forms().createDraft(NewSubmission.of(form, "รายละเอียด " + form, null), detail,
            requester)).key();
    assertEquals("forms.detail.mismatch", refusal.apply(FormCode.F03, new ActionRequest(ActionKind.INSTALL, "ห้อง", null)));
    assertEquals("forms.detail.mismatch", refusal.apply(FormCode.F06, null), "F06 only through the spec service");
    assertEquals("forms.detail.mismatch", refusal.apply(FormCode.F08, new ActionRequest(ActionKind.INSTALL, "ห้อง", null)),
        "a form without a detail of its own takes none");
    assertEquals("forms.use.noLine", refusal.apply(FormCode.F02, new UseRequest(List.of())));
    assertEquals("forms.repair.symptomsRequired",
        refusal.apply(FormCode.F03, new RepairRequest(null, "เครื่องพิมพ์", null, " \u200B")));
    assertEquals("forms.action.kindRequired", refusal.apply(FormCode.F05, new ActionRequest(null, "ห้อง", null)));

    SubmissionView action = forms().createDraft(NewSubmission.of(FormCode.F05, "ขอย้ายเครื่องพิมพ์", null),
        new ActionRequest(ActionKind.INSTALL, "ห้องประชุม", null), requester);
    assertEquals(new ActionRequest(ActionKind.INSTALL, "ห้องประชุม", null), action.action());
    SubmissionView repair = forms().createDraft(NewSubmission.of(FormCode.F03, "ขอซ่อมเครื่องพิมพ์", null),
        new RepairRequest(null, "เครื่องพิมพ์", "ห้องธุรการ", "กระดาษติด"), requester);
    assertEquals("กระดาษติด", repair.repair().symptoms());
    assertEquals(null, forms().createDraft(NewSubmission.of(FormCode.F08, "ไม่มีรายละเอียด", null), null, requester)
        .repair());
  }

  @Test
  default void anApproverSendsARequestBackForCorrectionWithACommentAndTheRequesterResubmitsIt() {
    long pc = assets().add("เครื่องคอมพิวเตอร์ตั้งโต๊ะ ส่งคืนแก้ไข");
    SubmissionView filed = forms().file(NewSubmission.of(FormCode.F03, unique("แจ้งซ่อมเครื่อง "), null)
        .withAmount(new java.math.BigDecimal("1200.00")),
        new RepairRequest(pc, null, "ห้องการเงิน", "เปิดไม่ติด"), somchai);
    forms().review(filed.id(), null, wiparat);

    assertThrows(SelfApprovalException.class, () -> forms().sendBack(filed.id(), null, "แก้ไข", somchai),
        "the requester does not send back her own request");
    BusinessException noPower = assertThrows(BusinessException.class, () -> forms().sendBack(filed.id(), null, "แก้ไข",
        Actor.self(unique("x-"), Roles.STAFF)), "nor does anyone without the power to approve it");
    assertEquals("forms.approval.noAuthority", noPower.key());
    BusinessException noComment = assertThrows(BusinessException.class,
        () -> forms().sendBack(filed.id(), null, "  ", director));
    assertEquals("forms.sendBack.commentRequired", noComment.key());
    assertEquals(State.REVIEWED, forms().get(filed.id(), somchai).state(), "nothing half-done");

    SubmissionView back = forms().sendBack(filed.id(), null, "โปรดระบุเลขครุภัณฑ์และราคาที่เสนอ", director);
    assertEquals(State.CORRECTION, back.state());
    StepView step = back.steps().get(back.steps().size() - 1);
    assertEquals(th.obec.esa.ict.forms.workflow.Transition.SEND_BACK, step.action());
    assertEquals("director1", step.actorUid());
    assertEquals("โปรดระบุเลขครุภัณฑ์และราคาที่เสนอ", step.comment());
    assertTrue(forms().inbox(director).stream().noneMatch(i -> i.submission().id() == filed.id()),
        "no longer waits for the approver");
    assertTrue(forms().inbox(somchai).stream().anyMatch(i -> i.submission().id() == filed.id()
        && i.task() == Task.CORRECT), "it waits for the requester, to be corrected");
    assertThrows(TransitionNotAllowedException.class, () -> forms().approve(filed.id(), null, director));

    assertThrows(AccessDeniedException.class, () -> forms().revise(filed.id(), "อื่น", null, null, wiparat),
        "only the requester corrects it");
    BusinessException blank = assertThrows(BusinessException.class,
        () -> forms().revise(filed.id(), " ", null, null, somchai));
    assertEquals("forms.subject.required", blank.key());
    SubmissionView revised = forms().revise(filed.id(), "แจ้งซ่อมเครื่อง ครุภัณฑ์ 7440-001-0001", "ราคาเสนอ 1,500 บาท",
        new java.math.BigDecimal("1500.00"), somchai);
    assertEquals(State.CORRECTION, revised.state());
    assertEquals(0, new java.math.BigDecimal("1500.00").compareTo(revised.amount()));

    SubmissionView again = forms().submit(filed.id(), somchai);
    assertEquals(State.SUBMITTED, again.state());
    assertEquals(filed.numberText(), again.numberText(), "resubmitted under its own number");
    assertEquals("แจ้งซ่อมเครื่อง ครุภัณฑ์ 7440-001-0001", again.subject());

    // the ICT unit may send it back too, before its review; a revision is only for a request sent back
    assertThrows(TransitionNotAllowedException.class, () -> forms().revise(filed.id(), "ใหม่", null, null, somchai));
    assertEquals(State.CORRECTION, forms().sendBack(filed.id(), null, "แนบรูปอาการเสีย", wiparat).state());
    assertEquals(State.WITHDRAWN, forms().withdraw(filed.id(), null, somchai).state());

    List<String> actions = auditService().forSubject("submission", String.valueOf(filed.id())).stream()
        .map(a -> a.getAction()).toList();
    assertEquals(2, actions.stream().filter("forms.submission.send_back"::equals).count(), actions.toString());
    assertTrue(actions.contains("forms.submission.revised"), actions.toString());
  }

  /** The memo's text as poppler reads it, or null where pdftotext is not installed. */
  private static String pdftotext(byte[] pdf) throws Exception {
    if (!Files.isExecutable(Path.of("/usr/bin/pdftotext"))) {
      return null;
    }
    Path file = Files.createTempFile("memo", ".pdf");
    try {
      Files.write(file, pdf);
      Process p = new ProcessBuilder("/usr/bin/pdftotext", file.toString(), "-").redirectErrorStream(true).start();
      byte[] out = p.getInputStream().readAllBytes();
      p.waitFor(30, TimeUnit.SECONDS);
      return new String(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
