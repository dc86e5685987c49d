package th.obec.esa.ict.forms.account;

import static th.obec.esa.ict.platform.BusinessException.field;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import th.obec.esa.ict.forms.api.Approval;
import th.obec.esa.ict.forms.api.SubmissionApproved;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.document.MemoRenderer;
import th.obec.esa.ict.forms.port.DirectoryAccount;
import th.obec.esa.ict.forms.port.DirectoryPort;
import th.obec.esa.ict.forms.port.OfficePort;
import th.obec.esa.ict.forms.api.NewSubmission;
import th.obec.esa.ict.forms.api.SchoolContact;
import th.obec.esa.ict.forms.submission.Submission;
import th.obec.esa.ict.forms.submission.SubmissionService;
import th.obec.esa.ict.forms.submission.SubmissionView;
import th.obec.esa.ict.forms.workflow.State;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.audit.AuditTrail;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.platform.time.OfficeTime;

/**
 * F08 and F09. The form itself goes through {@link SubmissionService} (number, review, approval
 * by the holder of {@code APPROVE_ACCOUNT} or whoever acts for them); this service adds the
 * account's fields and observes the approval ({@link SubmissionApproved}, however it was given:
 * the inbox, the request's page, REST): it creates the account in a writable directory with a new
 * initial password that only the approving call returns, or records the ICT officer's task.
 *
 * <p>The directory is written last in the approving transaction (this observer runs after the
 * others), so a failure in the database rolls back before anything exists in the directory, and a
 * refusal here (the user id taken meanwhile) rolls the approval back.
 */
@Stateless
public class AccountService {

  /** How long a card is valid, in months from the day the account is created. */
  public static final String CARD_MONTHS_KEY = "ict.forms.card.valid-months";

  private static final Pattern UID = Pattern.compile("[a-z][a-z0-9._-]{2,31}");
  private static final Pattern MAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /** The account's observer runs after any other effect of an approval: a directory write cannot be undone. */
  static final int AFTER_OTHER_EFFECTS = jakarta.interceptor.Interceptor.Priority.APPLICATION + 1000;

  @PersistenceContext(unitName = "forms")
  private EntityManager em;

  @EJB
  private AuditTrail audit;

  @EJB
  private SubmissionService submissions;

  @Inject
  private DirectoryPort directory;

  @Inject
  private OfficePort office;

  @Inject
  private th.obec.esa.ict.forms.port.StaffPort staff;

  @EJB
  private th.obec.esa.ict.forms.numbering.NumberingService numbering;

  private final PasswordGenerator passwords = new PasswordGenerator();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock = Clock.system(OfficeTime.ZONE);
  private CardRenderer cards;
  private int cardMonths;

  @PostConstruct
  void configure() {
    Config config = ConfigProvider.getConfig();
    cards = new CardRenderer(config.getOptionalValue(MemoRenderer.FONT_KEY, String.class).orElse(MemoRenderer.DEFAULT_FONT),
        config.getOptionalValue(MemoRenderer.BOLD_FONT_KEY, String.class).orElse(MemoRenderer.DEFAULT_BOLD_FONT));
    cardMonths = config.getOptionalValue(CARD_MONTHS_KEY, Integer.class).orElse(24);
  }

  /**
   * Files an F08 and submits it. Staff file for themselves; the ICT officer may type one in for a
   * school's staff member ({@code contact}).
   */
  public AccountView request(AccountRequest r, SchoolContact contact, Actor actor) {
    AccountRequest clean = validate(r);
    requireFree(clean.accountUid(), -1L);
    String services = clean.services().stream().map(ServiceWanted::thai).collect(Collectors.joining(", "));
    String body = "ขอมีบัญชีผู้ใช้งาน (ชื่อผู้ใช้ " + clean.accountUid() + ") สำหรับ " + clean.thaiName()
        + (clean.position() == null ? "" : " ตำแหน่ง " + clean.position()) + " " + clean.unitName()
        + " เพื่อใช้งาน " + services + " เนื่องจาก " + clean.reason();
    NewSubmission common = NewSubmission.of(FormCode.F08, "ขอมีบัญชีผู้ใช้งานและบัตรประจำตัว " + clean.thaiName(), body);
    SubmissionView s = submissions.file(contact == null ? common : common.forSchool(contact), null, actor);
    AccountDetail d = new AccountDetail(s.id(), clean);
    em.persist(d);
    em.flush();
    audit.record(actor, "forms.account.requested", "submission", String.valueOf(s.id()), clean.accountUid());
    return view(d);
  }

  /**
   * Approves the F08 (the request's own page and REST): {@link SubmissionService#approveFor}, whose
   * approval creates the account (see {@link #approved}). The returned initial password is the
   * only copy: it is not stored, audited or logged.
   */
  public AccountApproval approve(long id, String actingForUid, String comment, Actor actor) {
    load(id);
    Approval approval = submissions.approveFor(id, actingForUid, comment, actor);
    return new AccountApproval(view(load(id)), approval.issued());
  }

  /**
   * An F08 was approved: its account is created (or the ICT officer's task opened) in the
   * approving transaction, by the approver as she acted, and the initial password is handed back
   * to her. An F08 filed without the account's fields (the generic form API) has nothing to create.
   */
  public void approved(@Observes @Priority(AFTER_OTHER_EFFECTS) SubmissionApproved event) {
    if (event.form() != FormCode.F08) {
      return;
    }
    AccountDetail d = em.find(AccountDetail.class, event.submissionId());
    if (d == null) {
      return;
    }
    requireFree(d.getAccountUid(), d.getSubmissionId());
    AccountApproval created = create(d, event.actor());
    if (created.issued() != null) {
      event.handover().issued(created.issued());
    }
  }

  /**
   * Creates the account of an F08 approved without it: before approvals created accounts by
   * themselves, the common inbox's REST approval gave the form only. For the ICT officer, who then
   * sees the initial password once.
   */
  public AccountApproval createApproved(long id, Actor actor) {
    actor.requireAnyRole(Roles.ICT_OFFICER);
    AccountDetail d = load(id);
    Submission s = em.find(Submission.class, id);
    if (d.getStatus() != AccountStatus.REQUESTED || s.getDecidedAt() == null
        || !EnumSet.of(State.APPROVED, State.IN_PROGRESS, State.DONE).contains(s.getState())) {
      throw new BusinessException("forms.account.notApproved", s.getNumberText());
    }
    requireFree(d.getAccountUid(), id);
    return create(d, actor);
  }

  private AccountApproval create(AccountDetail d, Actor actor) {
    long id = d.getSubmissionId();
    if (!directory.writable()) {
      d.awaitOfficer();
      em.flush();
      audit.record(actor, "forms.account.taskOpened", "submission", String.valueOf(id), d.getAccountUid() + " "
          + String.join(",", d.groups()));
      return new AccountApproval(view(d), null);
    }
    d.created(AccountStatus.CREATED, OffsetDateTime.now(clock), actor.uid());
    issueCard(d);
    em.flush();
    audit.record(actor, "forms.account.created", "submission", String.valueOf(id), d.getAccountUid() + " "
        + String.join(",", d.groups()));
    char[] password = passwords.next();
    try {
      directory.createAccount(account(d), password);
      return new AccountApproval(view(d), new IssuedAccount(d.getAccountUid(), new String(password)));
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  /** What the ICT officer must create by hand, oldest first. */
  public List<AccountView> tasks(Actor actor) {
    actor.requireAnyRole(Roles.ICT_OFFICER);
    return em.createNamedQuery("AccountDetail.inStatus", AccountDetail.class)
        .setParameter("status", AccountStatus.TASK_OPEN).getResultList().stream().map(this::view).toList();
  }

  /**
   * The ICT officer records that they created the account by hand; the directory must show it
   * (a read-only directory can still be read).
   */
  public AccountView completeTask(long id, Actor actor) {
    actor.requireAnyRole(Roles.ICT_OFFICER);
    AccountDetail d = load(id);
    if (d.getStatus() != AccountStatus.TASK_OPEN) {
      throw new BusinessException("forms.account.noTask", id);
    }
    if (!directory.exists(d.getAccountUid())) {
      throw new AccountNotInDirectoryException(d.getAccountUid());
    }
    d.created(AccountStatus.TASK_DONE, OffsetDateTime.now(clock), actor.uid());
    issueCard(d);
    em.flush();
    audit.record(actor, "forms.account.taskDone", "submission", String.valueOf(id), d.getAccountUid());
    return view(d);
  }

  /** The request, for whoever may read its form. */
  public AccountView get(long id, Actor actor) {
    submissions.get(id, actor);
    AccountView v = view(load(id));
    return submissions.mayReadPersonal(id, actor) ? v : withoutPersonalFields(v);
  }

  /** What the approver and the requester's unit director see: who asks for what, not the personal details. */
  static AccountView withoutPersonalFields(AccountView v) {
    return new AccountView(v.submissionId(), v.numberText(), v.state(), v.requesterName(), v.accountUid(), v.thaiName(),
        null, v.position(), v.unitName(), null, v.services(), v.groups(), v.status(), v.createdAt(), v.createdBy(),
        null);
  }

  /** Every account request, newest first: for the ICT unit. */
  public List<AccountView> all(Actor actor) {
    actor.requireAnyRole(Roles.ICT_OFFICER, Roles.AUDITOR);
    return em.createQuery("SELECT a FROM AccountDetail a ORDER BY a.submissionId DESC", AccountDetail.class)
        .setMaxResults(500).getResultList().stream().map(this::view).toList();
  }

  /**
   * The F09 card as a PDF, for its holder or the ICT unit.
   *
   * @param verifyBaseUrl the intranet's verification page, to which the card's token is appended
   */
  public byte[] card(long id, String verifyBaseUrl, Actor actor) {
    AccountDetail d = load(id);
    if (!actor.uid().equals(d.getAccountUid())) {
      actor.requireAnyRole(Roles.ICT_OFFICER);
    }
    if (!d.getStatus().exists() || d.getCardToken() == null) {
      throw new AccountNotCreatedException(d.getAccountUid());
    }
    if (d.getCardSerial() == null) {
      // a card issued before cards had serials gets its serial when it is first printed again
      d.cardSerial(nextCardSerial());
      em.flush();
    }
    audit.record(actor, "forms.account.cardPrinted", "submission", String.valueOf(id), d.getAccountUid());
    String issuer = d.getCreatedBy() == null ? null : staff.person(d.getCreatedBy())
        .map(th.obec.esa.ict.forms.port.PersonSummary::thaiName)
        .orElse(d.getCreatedBy());
    return cards.render(new IdCard(office.office().name(), d.getThaiName(), d.getEnglishName(), d.getPosition(),
        d.getUnitName(), d.getAccountUid(), d.getCardValidUntil(), verifyBaseUrl + d.getCardToken(),
        d.getCardSerial(), issuer));
  }

  /** What a scanned card's token says: empty for a token no card carries. */
  public Optional<CardCheck> verify(String token) {
    if (token == null || !token.matches("[0-9a-f]{32}")) {
      return Optional.empty();
    }
    LocalDate today = LocalDate.now(clock);
    return em.createNamedQuery("AccountDetail.byToken", AccountDetail.class).setParameter("token", token)
        .getResultList().stream().findFirst().map(d -> new CardCheck(d.getAccountUid(), d.getThaiName(),
            d.getPosition(), d.getUnitName(), d.getCardValidUntil(),
            d.getStatus().exists() && !today.isAfter(d.getCardValidUntil())));
  }

  private void issueCard(AccountDetail d) {
    byte[] token = new byte[16];
    random.nextBytes(token);
    d.card(HexFormat.of().formatHex(token), LocalDate.now(clock).plusMonths(cardMonths));
    d.cardSerial(nextCardSerial());
  }

  /** "F09-2569/0001": the cards of a Buddhist year, counted under the letter registers' row lock. */
  private String nextCardSerial() {
    int year = LocalDate.now(clock).getYear() + 543;
    return String.format("F09-%d/%04d", year, numbering.nextInSeries("F09", year));
  }

  private static DirectoryAccount account(AccountDetail d) {
    return new DirectoryAccount(d.getAccountUid(), d.getThaiName(), d.getEnglishName(), d.getPosition(),
        d.getUnitName(), d.getMail(), d.groups());
  }

  private void requireFree(String uid, long exceptId) {
    if (directory.exists(uid)) {
      throw new AccountUidTakenException(uid);
    }
    boolean claimed = !em.createNamedQuery("AccountDetail.openForUid", AccountDetail.class).setParameter("uid", uid)
        .setParameter("id", exceptId)
        .setParameter("statuses", EnumSet.of(AccountStatus.CREATED, AccountStatus.TASK_OPEN, AccountStatus.TASK_DONE))
        .getResultList().isEmpty();
    if (claimed) {
      throw new AccountUidTakenException(uid);
    }
  }

  static AccountRequest validate(AccountRequest r) {
    if (r == null) {
      throw new BusinessException(field("accountUid"), "forms.account.uidInvalid", "");
    }
    String uid = r.accountUid() == null ? "" : r.accountUid().strip().toLowerCase(java.util.Locale.ROOT);
    if (!UID.matcher(uid).matches()) {
      throw new BusinessException(field("accountUid"), "forms.account.uidInvalid", uid);
    }
    String thaiName = required("thaiName", r.thaiName(), 200);
    String unitName = required("unitName", r.unitName(), 300);
    String reason = required("reason", r.reason(), 1000);
    if (r.services() == null || r.services().isEmpty()) {
      throw new BusinessException(field("services"), "forms.account.servicesRequired");
    }
    String mail = optional(r.mail(), 200);
    if (mail != null && !MAIL.matcher(mail).matches()) {
      throw new BusinessException(field("mail"), "forms.account.mailInvalid", mail);
    }
    return new AccountRequest(uid, thaiName, optional(r.englishName(), 200), optional(r.position(), 200), unitName,
        mail, EnumSet.copyOf(r.services()), reason);
  }

  private static String required(String fieldId, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new BusinessException(field(fieldId), "forms.account.required", fieldId);
    }
    String v = value.strip();
    return v.length() <= max ? v : v.substring(0, max);
  }

  private static String optional(String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    return v.length() <= max ? v : v.substring(0, max);
  }

  private AccountDetail load(long id) {
    return Optional.ofNullable(em.find(AccountDetail.class, id)).orElseThrow(() -> new AccountNotFoundException(id));
  }

  private AccountView view(AccountDetail d) {
    Submission s = em.find(Submission.class, d.getSubmissionId());
    return new AccountView(d.getSubmissionId(), s.getNumberText(), s.getState(), s.getRequesterName(),
        d.getAccountUid(), d.getThaiName(), d.getEnglishName(), d.getPosition(), d.getUnitName(), d.getMail(),
        d.serviceSet(), d.groups(), d.getStatus(), d.getCreatedAt(), d.getCreatedBy(), d.getCardValidUntil());
  }
}
