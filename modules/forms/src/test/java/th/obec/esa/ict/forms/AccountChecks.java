package th.obec.esa.ict.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.forms.access.AccessRequest;
import th.obec.esa.ict.forms.access.AccessService;
import th.obec.esa.ict.forms.access.AccessView;
import th.obec.esa.ict.forms.access.EndReason;
import th.obec.esa.ict.forms.access.InformationSystem;
import th.obec.esa.ict.forms.account.AccountApproval;
import th.obec.esa.ict.forms.api.Approval;
import th.obec.esa.ict.forms.account.AccountNotInDirectoryException;
import th.obec.esa.ict.forms.account.AccountRequest;
import th.obec.esa.ict.forms.account.AccountService;
import th.obec.esa.ict.forms.account.AccountStatus;
import th.obec.esa.ict.forms.account.AccountUidTakenException;
import th.obec.esa.ict.forms.account.AccountView;
import th.obec.esa.ict.forms.account.ServiceWanted;
import th.obec.esa.ict.forms.port.DirectoryAccount;
import th.obec.esa.ict.forms.submission.SubmissionService;
import th.obec.esa.ict.forms.summary.SummaryService;
import th.obec.esa.ict.forms.summary.WorkSummary;
import th.obec.esa.ict.forms.testdoubles.MovableAccessClock;
import th.obec.esa.ict.forms.testdoubles.TestDirectory;
import th.obec.esa.ict.forms.workflow.State;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.security.AccessDeniedException;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.platform.time.FiscalYear;
import th.obec.esa.ict.platform.time.OfficeTime;

/**
 * F08, F09, F14 and F10 on Payara Micro against the tests' PostgreSQL, with the test directory
 * (writable or not) and a movable access clock: the account is created on approval and its
 * password appears only in the approving call, the card carries none, a 7-day grant is gone on
 * the 8th day, the unit director's review removes access, and the summary counts all of it.
 * Run by {@link FormsIT}.
 */
interface AccountChecks extends FormsServices {

  AtomicInteger SEQ = new AtomicInteger();

  Actor khwansiri = Actor.self("khwansiri", Roles.STAFF, Roles.ICT_OFFICER);
  Actor nanphat = Actor.self("nanphat", Roles.STAFF, Roles.ICT_OFFICER, Roles.UNIT_DIRECTOR);
  Actor somchai = Actor.self("somchai", Roles.STAFF, Roles.UNIT_DIRECTOR);
  Actor silpachai = Actor.self("silpachai", Roles.STAFF);

  @AfterEach
  default void restore() {
    directory().setWritable(true);
    directory().setFailing(false);
    clock().reset();
  }

  private static String unique(String prefix) {
    return prefix + System.nanoTime() % 1_000_000 + SEQ.incrementAndGet();
  }

  private AccountRequest accountFor(String uid) {
    return new AccountRequest(uid, "นางสาวทดสอบ ใจดี", "Miss Thotsop Jaidee", "ครูผู้ช่วย", "โรงเรียนบ้านทดสอบ",
        uid + "@esa.local", EnumSet.of(ServiceWanted.INTERNET, ServiceWanted.EMAIL), "บรรจุใหม่");
  }

  @Test
  default void anApprovedAccountIsCreatedWithAPasswordShownOnceAndTheCardCarriesNone() throws Exception {
    Actor requester = Actor.self(unique("t-"), Roles.STAFF);
    String uid = unique("newuser");
    AccountView filed = accounts().request(accountFor(uid), null, requester);
    assertEquals(AccountStatus.REQUESTED, filed.status());
    assertEquals(State.SUBMITTED, filed.state());
    assertNotNull(filed.numberText());

    forms().review(filed.submissionId(), null, khwansiri);
    AccountApproval approval = accounts().approve(filed.submissionId(), null, "อนุมัติ", nanphat);
    assertEquals(AccountStatus.CREATED, approval.request().status());
    assertEquals(State.APPROVED, approval.request().state());
    assertNotNull(approval.issued());
    String password = approval.issued().initialPassword();
    assertEquals(16, password.length());
    assertFalse(approval.toString().contains(password));

    DirectoryAccount created = directory().account(uid).orElseThrow();
    assertEquals(password, directory().password(uid).orElseThrow());
    assertTrue(created.groups().containsAll(java.util.Set.of("staff", "internet", "email")));
    assertEquals("นางสาวทดสอบ ใจดี", created.thaiName());

    byte[] pdf = accounts().card(filed.submissionId(), "https://intranet.esa.local/card/verify.xhtml?c=", khwansiri);
    PdfReader reader = new PdfReader(pdf);
    String text = new PdfTextExtractor(reader).getTextFromPage(1);
    reader.close();
    assertTrue(text.contains(uid), text);
    assertTrue(text.contains("ทดสอบ"), text);
    assertFalse(text.contains(password), "the card must not carry the password");
    assertFalse(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).contains(password));

    assertThrows(AccessDeniedException.class, () -> accounts().card(filed.submissionId(), "x", silpachai));
    assertThrows(AccountUidTakenException.class, () -> accounts().request(accountFor(uid), null, requester));
    assertTrue(accounts().verify("0".repeat(32)).isEmpty());
  }

  @Test
  default void aReadOnlyDirectoryGivesTheOfficerATaskInstead() {
    directory().setWritable(false);
    Actor requester = Actor.self(unique("t-"), Roles.STAFF);
    String uid = unique("byhand");
    AccountView filed = accounts().request(accountFor(uid), null, requester);
    forms().review(filed.submissionId(), null, khwansiri);
    AccountApproval approval = accounts().approve(filed.submissionId(), null, null, nanphat);
    assertNull(approval.issued());
    assertEquals(AccountStatus.TASK_OPEN, approval.request().status());
    AccountView task = accounts().tasks(khwansiri).stream().filter(t -> t.accountUid().equals(uid)).findFirst()
        .orElseThrow();
    assertTrue(task.groups().contains("internet"));
    assertThrows(AccessDeniedException.class, () -> accounts().tasks(requester));

    assertThrows(AccountNotInDirectoryException.class, () -> accounts().completeTask(filed.submissionId(), khwansiri));
    directory().addByHand(new DirectoryAccount(uid, task.thaiName(), null, null, task.unitName(), null, task.groups()));
    AccountView done = accounts().completeTask(filed.submissionId(), khwansiri);
    assertEquals(AccountStatus.TASK_DONE, done.status());
    assertNotNull(done.cardValidUntil());
  }

  @Test
  default void accessGrantedForSevenDaysIsGoneOnTheEighth() {
    Actor requester = Actor.self(unique("t-"), Roles.STAFF);
    LocalDate today = LocalDate.now(OfficeTime.ZONE);
    AccessView filed = access().request(new AccessRequest(InformationSystem.DMC, "ผู้บันทึกข้อมูล", today,
        today.plusDays(6), "บันทึกข้อมูลนักเรียนภาคเรียนที่ 1"), requester);
    assertFalse(filed.active());
    forms().review(filed.submissionId(), null, khwansiri);
    AccessView granted = access().approve(filed.submissionId(), null, null, nanphat);
    assertTrue(granted.active());
    assertTrue(access().hasAccess(requester.uid(), InformationSystem.DMC));
    assertFalse(access().hasAccess(requester.uid(), InformationSystem.EMIS));
    // the holder hears of its end N days before (14 in the digest)
    assertTrue(reminders().accessesExpiring(today, 6).stream()
        .anyMatch(a -> a.submissionId() == filed.submissionId() && requester.uid().equals(a.holderUid())));
    assertTrue(reminders().accessesExpiring(today, 14).stream().noneMatch(a -> a.submissionId() == filed.submissionId()));

    clock().plusDays(6);
    assertTrue(access().hasAccess(requester.uid(), InformationSystem.DMC), "the 7th day is still within");
    clock().plusDays(1);
    assertFalse(access().hasAccess(requester.uid(), InformationSystem.DMC), "gone on the 8th day");
    assertTrue(access().list(true, requester).isEmpty());

    assertTrue(access().expireDue() >= 1);
    AccessView ended = access().get(filed.submissionId(), khwansiri);
    assertEquals(EndReason.EXPIRED, ended.endReason());
    assertEquals(today.plusDays(7).atStartOfDay(OfficeTime.ZONE).toOffsetDateTime().toInstant(), ended.endedAt().toInstant());
    assertEquals(0, access().expireDue(), "ending is idempotent");
  }

  @Test
  default void theUnitDirectorReviewsTheirStaffsAccess() {
    LocalDate today = LocalDate.now(OfficeTime.ZONE);
    AccessView filed = access().request(new AccessRequest(InformationSystem.EMIS, "ผู้ดูแลข้อมูล", today,
        today.plusDays(30), "ข้อมูลงบประมาณ"), silpachai);
    forms().review(filed.submissionId(), null, khwansiri);
    forms().approveFor(filed.submissionId(), null, null, nanphat);
    assertTrue(access().get(filed.submissionId(), khwansiri).active(), "approved in the common inbox: granted with it");
    BusinessException again = assertThrows(BusinessException.class,
        () -> access().grantApproved(filed.submissionId(), khwansiri));
    assertEquals("forms.access.notApproved", again.key(), "granted once, not again by the officer");

    assertTrue(access().toReview(somchai).stream().anyMatch(v -> v.submissionId() == filed.submissionId()));
    assertTrue(access().toReview(nanphat).stream().noneMatch(v -> v.submissionId() == filed.submissionId()));
    assertThrows(AccessDeniedException.class, () -> access().review(filed.submissionId(), false, nanphat));

    AccessView kept = access().review(filed.submissionId(), true, somchai);
    assertTrue(kept.active());
    assertEquals("somchai", kept.reviewedBy());
    AccessView removed = access().review(filed.submissionId(), false, somchai);
    assertFalse(removed.active());
    assertEquals(EndReason.REMOVED_IN_REVIEW, removed.endReason());
    assertFalse(access().hasAccess("silpachai", InformationSystem.EMIS));
  }

  @Test
  default void theSummaryCountsAccountsAccessAndRequests() {
    Actor requester = Actor.self(unique("t-"), Roles.STAFF);
    int fiscalYear = FiscalYear.of(LocalDate.now(OfficeTime.ZONE)).buddhistYear();
    WorkSummary yearBefore = summaries().fiscalYear(fiscalYear, khwansiri);
    WorkSummary monthBefore = summaries().month(java.time.YearMonth.now(OfficeTime.ZONE), khwansiri);
    AccountView filed = accounts().request(accountFor(unique("sum")), null, requester);
    forms().review(filed.submissionId(), null, khwansiri);
    Approval approved = forms().approveFor(filed.submissionId(), null, null, nanphat);
    assertNotNull(approved.issued(), "the common inbox's approval creates the account");
    assertEquals(AccountStatus.CREATED, accounts().get(filed.submissionId(), khwansiri).status());
    assertThrows(AccessDeniedException.class, () -> accounts().createApproved(filed.submissionId(), requester));
    BusinessException twice = assertThrows(BusinessException.class,
        () -> accounts().createApproved(filed.submissionId(), khwansiri));
    assertEquals("forms.account.notApproved", twice.key(), "created once, not again by the officer");

    WorkSummary year = summaries().fiscalYear(fiscalYear, khwansiri);
    assertEquals(yearBefore.accountsIssued() + 1, year.accountsIssued(), "the account this test issued");
    assertEquals(f08(yearBefore).map(l -> l.received()).orElse(0) + 1, f08(year).orElseThrow().received());
    assertEquals(f08(yearBefore).map(l -> l.decided()).orElse(0) + 1, f08(year).orElseThrow().decided());
    assertNotNull(f08(year).orElseThrow().meanHoursToDecision());
    WorkSummary month = summaries().month(java.time.YearMonth.now(OfficeTime.ZONE), khwansiri);
    assertEquals(monthBefore.totalReceived() + 1, month.totalReceived(), "the request this test filed");
    assertThrows(AccessDeniedException.class, () -> summaries().month(java.time.YearMonth.now(OfficeTime.ZONE), requester));
  }

  // ---------------------------------------------------------------- issue 15: need to know

  @Test
  default void anF08IsReadByThoseWhoNeedToKnowAndItsPersonalFieldsOnlyByTheRequesterTheIctUnitAndAuditors() {
    String uid = unique("ntk");
    AccountView filed = accounts().request(accountFor(uid), null, silpachai);
    long id = filed.submissionId();
    Actor otherUnitsDirector = Actor.self("wiparat", Roles.STAFF, Roles.UNIT_DIRECTOR, Roles.ORG_ADMIN);
    assertThrows(AccessDeniedException.class, () -> accounts().get(id, otherUnitsDirector));
    assertThrows(AccessDeniedException.class, () -> forms().get(id, otherUnitsDirector));
    assertThrows(AccessDeniedException.class, () -> forms().get(id, Actor.self(unique("dir"), Roles.STAFF, Roles.DIRECTOR)));

    AccountView ownUnitsDirector = accounts().get(id, somchai);
    assertEquals(uid, ownUnitsDirector.accountUid(), "the requester's unit director reads the request");
    assertEquals(null, ownUnitsDirector.mail(), "but not its personal fields");
    assertEquals(null, ownUnitsDirector.englishName());

    assertEquals(uid + "@esa.local", accounts().get(id, silpachai).mail());
    assertEquals(uid + "@esa.local", accounts().get(id, khwansiri).mail());
    assertEquals(uid + "@esa.local", accounts().get(id, Actor.self(unique("aud"), Roles.AUDITOR)).mail());
  }

  @Test
  default void nobodyReviewsTheirOwnAccess() {
    LocalDate today = LocalDate.now(OfficeTime.ZONE);
    AccessView filed = access().request(new AccessRequest(InformationSystem.EMIS, "ผู้ใช้", today, today.plusDays(30),
        "งานการเงิน " + unique("own")), somchai);
    forms().review(filed.submissionId(), null, khwansiri);
    forms().approveFor(filed.submissionId(), null, null, Actor.self(unique("dir"), Roles.STAFF, Roles.DIRECTOR));
    assertTrue(access().get(filed.submissionId(), khwansiri).active());

    assertTrue(access().toReview(somchai).stream().noneMatch(v -> v.submissionId() == filed.submissionId()),
        "his own grant is not in his review");
    BusinessException own = assertThrows(BusinessException.class, () -> access().review(filed.submissionId(), true, somchai));
    assertEquals("forms.access.review.own", own.key());
  }

  // ---------------------------------------------------------------- issue 20: the approval's effects, however approved

  /**
   * The common approval (the inbox page, {@code POST /api/forms/submissions/{id}/approve}) creates the
   * account as the F08's own approval does: same state, same directory entry and groups, the
   * password handed to the approver once, the same audit entries in the same order.
   */
  @Test
  default void theCommonApprovalOfAnF08CreatesTheAccountAsTheF08sOwnApprovalDoes() {
    Actor requester = Actor.self(unique("t-"), Roles.STAFF);
    String ownUid = unique("own");
    String commonUid = unique("common");
    long own = accounts().request(accountFor(ownUid), null, requester).submissionId();
    long common = accounts().request(accountFor(commonUid), null, requester).submissionId();
    forms().review(own, null, khwansiri);
    forms().review(common, null, khwansiri);

    AccountApproval byItsPage = accounts().approve(own, null, "อนุมัติ", nanphat);
    Approval byTheInbox = forms().approveFor(common, null, "อนุมัติ", nanphat);

    assertEquals(State.APPROVED, byTheInbox.submission().state());
    assertNotNull(byTheInbox.issued(), "the approver is given the account");
    assertEquals(commonUid, byTheInbox.issued().uid());
    String password = byTheInbox.issued().initialPassword();
    assertEquals(byItsPage.issued().initialPassword().length(), password.length());
    assertEquals(password, directory().password(commonUid).orElseThrow(), "the password shown is the one set");
    assertFalse(byTheInbox.toString().contains(password), byTheInbox.toString());

    AccountView a = accounts().get(own, khwansiri);
    AccountView b = accounts().get(common, khwansiri);
    assertEquals(AccountStatus.CREATED, b.status());
    assertEquals(a.status(), b.status());
    assertEquals(a.state(), b.state());
    assertEquals(a.createdBy(), b.createdBy());
    assertEquals("nanphat", b.createdBy());
    assertEquals(a.cardValidUntil(), b.cardValidUntil());
    assertEquals(directory().account(ownUid).orElseThrow().groups(), directory().account(commonUid).orElseThrow().groups());
    assertEquals(actions(own), actions(common));
    assertTrue(actions(common).contains("forms.account.created"), actions(common).toString());
    assertEquals(1, actions(common).stream().filter("forms.account.created"::equals).count());
  }

  @Test
  default void theCommonApprovalOfAnF14GrantsTheAccessInTheApprovingTransaction() {
    Actor requester = Actor.self(unique("t-"), Roles.STAFF);
    LocalDate today = LocalDate.now(OfficeTime.ZONE);
    AccessView filed = access().request(new AccessRequest(InformationSystem.E_OFFICE, "ผู้ใช้", today, today.plusDays(10),
        "งานสารบรรณ " + unique("grant")), requester);
    forms().review(filed.submissionId(), null, khwansiri);
    assertFalse(access().hasAccess(requester.uid(), InformationSystem.E_OFFICE));

    forms().approveFor(filed.submissionId(), null, null, nanphat);

    AccessView granted = access().get(filed.submissionId(), khwansiri);
    assertTrue(granted.active());
    assertEquals("nanphat", granted.grantedBy());
    assertTrue(access().hasAccess(requester.uid(), InformationSystem.E_OFFICE));
    assertTrue(actions(filed.submissionId()).contains("forms.access.granted"), actions(filed.submissionId()).toString());
    var seen = events().of(filed.submissionId());
    assertEquals(1, seen.size(), seen.toString());
    assertTrue(seen.get(0).inTransaction(), "observed inside the approving transaction");
    var event = (th.obec.esa.ict.forms.api.SubmissionApproved) seen.get(0).event();
    assertEquals(th.obec.esa.ict.forms.catalog.FormCode.F14, event.form());
    assertEquals("nanphat", event.actor().uid());
    assertEquals(granted.numberText(), event.numberText());
  }

  @Test
  default void aUserIdTakenMeanwhileRollsTheWholeApprovalBack() {
    Actor requester = Actor.self(unique("t-"), Roles.STAFF);
    String uid = unique("taken");
    long id = accounts().request(accountFor(uid), null, requester).submissionId();
    forms().review(id, null, khwansiri);
    directory().addByHand(new DirectoryAccount(uid, "คนอื่น", null, null, "หน่วยอื่น", null, java.util.Set.of("staff")));

    assertThrows(AccountUidTakenException.class, () -> forms().approveFor(id, null, "อนุมัติ", nanphat));

    assertEquals(State.REVIEWED, forms().get(id, khwansiri).state(), "not approved");
    assertEquals(AccountStatus.REQUESTED, accounts().get(id, khwansiri).status());
    assertFalse(actions(id).contains("forms.submission.approve"), actions(id).toString());
  }

  @Test
  default void aDirectoryThatFailsTheWriteLeavesNothingHalfSaved() {
    Actor requester = Actor.self(unique("t-"), Roles.STAFF);
    String uid = unique("down");
    long id = accounts().request(accountFor(uid), null, requester).submissionId();
    forms().review(id, null, khwansiri);
    directory().setFailing(true);

    assertThrows(jakarta.ejb.EJBException.class, () -> forms().approveFor(id, null, "อนุมัติ", nanphat));

    directory().setFailing(false);
    assertEquals(State.REVIEWED, forms().get(id, khwansiri).state(), "not approved");
    AccountView request = accounts().get(id, khwansiri);
    assertEquals(AccountStatus.REQUESTED, request.status());
    assertNull(request.cardValidUntil());
    List<String> actions = actions(id);
    assertFalse(actions.contains("forms.submission.approve") || actions.contains("forms.account.created"), actions.toString());
    assertTrue(directory().account(uid).isEmpty());
    // approved again once the directory is back: the account is created then
    assertNotNull(forms().approveFor(id, null, "อนุมัติ", nanphat).issued());
  }

  @Test
  default void aPeriodOverAtApprovalRollsTheApprovalBack() {
    Actor requester = Actor.self(unique("t-"), Roles.STAFF);
    LocalDate today = LocalDate.now(OfficeTime.ZONE);
    AccessView filed = access().request(new AccessRequest(InformationSystem.DMC, "ผู้ใช้", today, today.plusDays(1),
        "งานข้อมูล " + unique("late")), requester);
    forms().review(filed.submissionId(), null, khwansiri);
    clock().plusDays(2);

    BusinessException late = assertThrows(BusinessException.class,
        () -> forms().approveFor(filed.submissionId(), null, null, nanphat));

    assertEquals("forms.access.periodPast", late.key());
    assertEquals(State.REVIEWED, forms().get(filed.submissionId(), khwansiri).state(), "not approved");
    assertNull(access().get(filed.submissionId(), khwansiri).grantedAt());
  }

  private List<String> actions(long submissionId) {
    return auditService().forSubject("submission", String.valueOf(submissionId)).stream().map(e -> e.getAction())
        .toList();
  }

  private static java.util.Optional<th.obec.esa.ict.forms.summary.FormLine> f08(WorkSummary summary) {
    return summary.forms().stream().filter(l -> l.form().name().equals("F08")).findFirst();
  }
}
