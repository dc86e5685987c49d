package th.obec.esa.ict.forms.submission;

import static th.obec.esa.ict.forms.submission.Texts.blank;
import static th.obec.esa.ict.forms.submission.Texts.cut;
import static th.obec.esa.ict.forms.submission.Texts.require;
import static th.obec.esa.ict.platform.BusinessException.field;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import th.obec.esa.ict.forms.action.ActionDetail;
import th.obec.esa.ict.forms.api.Approval;
import th.obec.esa.ict.forms.api.Handover;
import th.obec.esa.ict.forms.api.NewSubmission;
import th.obec.esa.ict.forms.api.SchoolContact;
import th.obec.esa.ict.forms.api.SubmissionApproved;
import th.obec.esa.ict.forms.api.SubmissionDone;
import th.obec.esa.ict.forms.api.SubmissionStepped;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.loan.ConditionCheck;
import th.obec.esa.ict.forms.loan.LoanRequest;
import th.obec.esa.ict.forms.loan.LoanService;
import th.obec.esa.ict.forms.numbering.NumberingService;
import th.obec.esa.ict.forms.port.ApprovalAuthority;
import th.obec.esa.ict.forms.port.AssetPort;
import th.obec.esa.ict.forms.port.AssetSummary;
import th.obec.esa.ict.forms.port.Authorization;
import th.obec.esa.ict.forms.port.AuthorityOption;
import th.obec.esa.ict.forms.port.BasisKind;
import th.obec.esa.ict.forms.port.OfficePort;
import th.obec.esa.ict.forms.port.PersonSummary;
import th.obec.esa.ict.forms.port.ProcessPort;
import th.obec.esa.ict.forms.port.StaffPort;
import th.obec.esa.ict.forms.repair.RepairDetail;
import th.obec.esa.ict.forms.use.UseItem;
import th.obec.esa.ict.forms.use.UseLine;
import th.obec.esa.ict.forms.use.UseRequest;
import th.obec.esa.ict.forms.workflow.State;
import th.obec.esa.ict.forms.workflow.StateMachine;
import th.obec.esa.ict.forms.workflow.Transition;
import th.obec.esa.ict.forms.workflow.TransitionNotAllowedException;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.audit.AuditTrail;
import th.obec.esa.ict.platform.security.AccessDeniedException;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;

/**
 * Files forms and moves them through the manual's flow. Every transition checks who may make it
 * (requester, ICT officer, approver through {@link ApprovalAuthority}, assignee), refuses review
 * and approval by anyone the request is by, records a link of the chain and an audit entry, and
 * makes the asset's status follow, all in one transaction. A form's own side effects observe the
 * events it fires in that transaction ({@link SubmissionApproved}: an F08's account, an F14's grant;
 * {@link SubmissionDone}), so every way of approving has them and a failing one undoes the step.
 */
@Stateless
public class SubmissionService {


  @PersistenceContext(unitName = "forms")
  private EntityManager em;

  @EJB
  private AuditTrail audit;

  @EJB
  private NumberingService numbering;

  @EJB
  private LoanService loans;

  @Inject
  private ApprovalAuthority authority;

  @Inject
  private AssetPort assets;

  @Inject
  private StaffPort staff;

  @Inject
  private OfficePort office;

  @Inject
  private ProcessPort processes;

  @Inject
  private Event<SubmissionApproved> approved;

  @Inject
  private Event<SubmissionDone> done;

  @Inject
  private Event<SubmissionStepped> stepped;

  @Inject
  @Any
  private Instance<DetailFiling<?>> detailFilings;

  /** Each form's {@link DetailFiling}, by its code. */
  private final Map<FormCode, DetailFiling<?>> filings = new EnumMap<>(FormCode.class);

  private final Clock clock = OfficeTime.clock();

  @PostConstruct
  void collectFilings() {
    for (DetailFiling<?> filing : detailFilings) {
      for (FormCode form : filing.forms()) {
        DetailFiling<?> other = filings.putIfAbsent(form, filing);
        if (other != null) {
          throw new IllegalStateException("two detail filings for " + form + ": " + other + ", " + filing);
        }
      }
    }
  }

  /** Saves a draft: no number yet, nothing held. */
  public SubmissionView createDraft(NewSubmission request, FormDetail detail, Actor actor) {
    actor.requireAnyRole(Roles.STAFF, Roles.ICT_OFFICER);
    checkText(request);
    // a yearly plan is drawn up for any process; a request for one of its form's
    Integer process = FiledUnder.process(request.form(), request.process(), request.form() == FormCode.PLN
        ? processes.allProcesses() : processes.processesOf(request.form().name()));
    Requester requester = requester(request, actor);
    String unit = requester.uid() == null ? office.office().ictUnitCode()
        : staff.person(requester.uid()).map(PersonSummary::unitCode).orElse(office.office().ictUnitCode());
    String addressedTo = blank(request.addressedTo()) ? office.office().directorTitle() : request.addressedTo().strip();
    // ceilings always hold: where one may apply, the request carries its amount; a form with lines
    // (F02, F04 here; F06/F07 in SpecService) computes it from them and is never typed beside them
    boolean ceilingMayApply = request.form().approvalPower() != null
        && authority.ceilingApplies(request.form().approvalPower(), unit);
    BigDecimal amount = amountOf(request, detail, ceilingMayApply);
    if (amount == null && ceilingMayApply) {
      throw new BusinessException(field("amount"), "forms.amount.required");
    }
    Submission s = new Submission(request.form(), process, unit, requester, actor.uid(), request.subject().strip(), addressedTo,
        blank(request.body()) ? null : request.body().strip(), amount, now());
    em.persist(s);
    em.flush();
    storeDetail(s, detail);
    audit.record(actor, "forms.submission.created", "submission", String.valueOf(s.getId()),
        s.getForm() + " " + s.getSubject());
    return view(s);
  }

  /** Saves and submits at once, as the pages and REST do. */
  public SubmissionView file(NewSubmission request, FormDetail detail, Actor actor) {
    SubmissionView draft = createDraft(request, detail, actor);
    return submit(draft.id(), actor);
  }

  /** The requester files the draft: it gets the next number of the unit's register and holds its dates. */
  public SubmissionView submit(long id, Actor actor) {
    Submission s = load(id);
    requireRequester(s, actor);
    State from = s.apply(Transition.SUBMIT, now());
    if (from == State.CORRECTION) {
      // submitted again after correction: it keeps its number, and a loan its booking
      return step(s, Transition.SUBMIT, from, Authorization.own(actor), null);
    }
    LocalDate today = today();
    s.number(numbering.next(s.getUnitCode(), today, s.getId()), today);
    if (s.getForm() == FormCode.F04) {
      loans.hold(s.getId());
    }
    return step(s, Transition.SUBMIT, from, Authorization.own(actor), null);
  }

  /** The ICT unit checks the request and passes it on. */
  public SubmissionView review(long id, String comment, Actor actor) {
    actor.requireAnyRole(Roles.ICT_OFFICER);
    Submission s = load(id);
    requireNotParticipant(s, actor);
    State from = s.apply(Transition.REVIEW, now());
    return step(s, Transition.REVIEW, from, Authorization.own(actor), comment);
  }

  /**
   * Approval by the holder of the form's power, whoever stands in for them, or a delegate. The
   * asset of a repair goes under repair at once; the form's own effects follow (see
   * {@link SubmissionApproved}).
   */
  public SubmissionView approve(long id, String comment, Actor actor) {
    return decide(id, comment, actor).submission();
  }

  /**
   * Approval acting for a named person, as chosen in the inbox (or in one's own right when none is
   * named): the basis is the one the authority gives for acting for them now. The answer carries
   * what the approval created for the approver to see once (an F08's account and initial password).
   */
  public Approval approveFor(long id, String actingForUid, String comment, Actor actor) {
    if (actingForUid == null || actingForUid.isBlank() || actingForUid.equals(actor.uid())) {
      return decide(id, comment, actor);
    }
    Submission s = load(id);
    // with no matching option, the authority check itself refuses, with its precise reason (above
    // the ceiling, expired, revoked …) rather than a generic one
    String basis = authority.options(actor.uid(), actor.roles(), s.getForm().approvalPower(), s.getUnitCode(),
        s.getAmount(), s.participantUids()).stream().filter(o -> actingForUid.equals(o.actingForUid())).findFirst()
        .map(AuthorityOption::basis).orElse("-");
    return decide(id, comment, actor.actingFor(actingForUid, basis));
  }

  private Approval decide(long id, String comment, Actor actor) {
    Submission s = load(id);
    if (!StateMachine.allows(s.getState(), Transition.APPROVE)) {
      throw new TransitionNotAllowedException(s.getState(), Transition.APPROVE);
    }
    Authorization auth = approver(s, actor);
    State from = s.apply(Transition.APPROVE, now());
    if (s.getForm() == FormCode.F03) {
      repairAsset(s).ifPresent(assetId -> assets.markUnderRepair(assetId, auth.actor(), reason(s)));
    }
    SubmissionView view = step(s, Transition.APPROVE, from, auth, comment);
    Handover handover = new Handover();
    approved.fire(new SubmissionApproved(s.getId(), s.getForm(), s.getNumberText(), auth.actor(),
        blank(comment) ? null : comment.strip(), handover));
    return new Approval(view, handover.issued());
  }

  /** Refusal with a reason: by the ICT unit before review, by the approver after it. */
  public SubmissionView reject(long id, String reason, Actor actor) {
    require("reason", reason, "forms.reject.reasonRequired");
    Submission s = load(id);
    Authorization auth;
    if (s.getState() == State.REVIEWED) {
      auth = approver(s, actor);
    } else {
      actor.requireAnyRole(Roles.ICT_OFFICER);
      requireNotParticipant(s, actor);
      auth = Authorization.own(actor);
    }
    State from = s.apply(Transition.REJECT, now());
    return step(s, Transition.REJECT, from, auth, reason.strip());
  }

  /**
   * Sent back to the requester for correction, with a comment saying what to correct: by the ICT
   * unit before review (not its own request), by whoever may approve it after review (in their own
   * right or acting for the person named, as for approval). It waits for the requester then.
   */
  public SubmissionView sendBack(long id, String actingForUid, String comment, Actor actor) {
    require("comment", comment, "forms.sendBack.commentRequired");
    Submission s = load(id);
    if (!StateMachine.allows(s.getState(), Transition.SEND_BACK)) {
      throw new TransitionNotAllowedException(s.getState(), Transition.SEND_BACK);
    }
    Authorization auth;
    if (s.getState() == State.REVIEWED) {
      Actor acting = actor;
      if (actingForUid != null && !actingForUid.isBlank() && !actingForUid.equals(actor.uid())) {
        String basis = authority.options(actor.uid(), actor.roles(), s.getForm().approvalPower(), s.getUnitCode(),
            s.getAmount(), s.participantUids()).stream().filter(o -> actingForUid.equals(o.actingForUid()))
            .findFirst().map(AuthorityOption::basis).orElse("-");
        acting = actor.actingFor(actingForUid, basis);
      }
      auth = approver(s, acting);
    } else {
      actor.requireAnyRole(Roles.ICT_OFFICER);
      requireNotParticipant(s, actor);
      auth = Authorization.own(actor);
    }
    State from = s.apply(Transition.SEND_BACK, now());
    return step(s, Transition.SEND_BACK, from, auth, comment.strip());
  }

  /**
   * The requester corrects a request sent back to her: its subject, text and amount, checked as
   * when it was filed. She submits it again with {@link #submit}.
   */
  public SubmissionView revise(long id, String subject, String body, BigDecimal amount, Actor actor) {
    Submission s = load(id);
    requireRequester(s, actor);
    if (s.getState() != State.CORRECTION) {
      throw new TransitionNotAllowedException(s.getState(), Transition.SUBMIT);
    }
    checkText(new NewSubmission(s.getForm(), subject, body, null, amount, null, null));
    if (amount == null && s.getForm().approvalPower() != null
        && authority.ceilingApplies(s.getForm().approvalPower(), s.getUnitCode())) {
      throw new BusinessException(field("amount"), "forms.amount.required");
    }
    s.revise(subject.strip(), blank(body) ? null : body.strip(), amount);
    audit.record(actor, "forms.submission.revised", "submission", String.valueOf(s.getId()),
        (s.getNumberText() == null ? "" : s.getNumberText() + " ") + cut(s.getSubject(), 200));
    em.flush();
    return view(s);
  }

  /** The ICT unit gives the job to an assignee (again, to reassign); a loan is handed out. */
  public SubmissionView assign(long id, String assigneeUid, String comment, Actor actor) {
    actor.requireAnyRole(Roles.ICT_OFFICER);
    require("assignee", assigneeUid, "forms.assign.assigneeRequired");
    PersonSummary assignee = staff.person(assigneeUid.strip())
        .orElseThrow(() -> new BusinessException(field("assignee"), "forms.person.unknown", assigneeUid));
    Submission s = load(id);
    State from = s.apply(Transition.ASSIGN, now());
    s.assignTo(assignee.uid());
    if (s.getForm() == FormCode.F04 && from == State.APPROVED) {
      loans.handOut(s.getId(), today(), actor, reason(s));
    }
    String note = assignee.thaiName() + (blank(comment) ? "" : ": " + comment.strip());
    return step(s, Transition.ASSIGN, from, Authorization.own(actor), note);
  }

  /** Adds to the work log of a job in progress: by its assignee or the ICT unit. */
  public SubmissionView logWork(long id, String note, String parts, BigDecimal partsCost, Actor actor) {
    require("note", note, "forms.work.noteRequired");
    Submission s = load(id);
    if (s.getState() != State.IN_PROGRESS) {
      throw new BusinessException("forms.work.notInProgress", s.getState().name());
    }
    requireWorker(s, actor);
    if (partsCost != null && partsCost.signum() < 0) {
      throw new BusinessException(field("partsCost"), "forms.work.costNegative");
    }
    em.persist(new WorkLog(s.getId(), actor.uid(), now(), cut(note.strip(), 2000), blank(parts) ? null : cut(parts, 1000),
        partsCost));
    audit.record(actor, "forms.submission.worked", "submission", String.valueOf(s.getId()), cut(note, 200));
    return view(s);
  }

  /** The job is done; a loan comes back with its condition checked; a repaired asset is back in use. */
  public SubmissionView complete(long id, String outcome, ConditionCheck condition, Actor actor) {
    Submission s = load(id);
    requireWorker(s, actor);
    State from = s.apply(Transition.COMPLETE, now());
    s.close(blank(outcome) ? null : cut(outcome.strip(), 2000));
    if (s.getForm() == FormCode.F04) {
      loans.takeBack(s.getId(), today(), condition, actor, reason(s));
    } else if (s.getForm() == FormCode.F03) {
      repairAsset(s).ifPresent(assetId -> assets.markBackInUse(assetId, actor, reason(s)));
    }
    SubmissionView view = step(s, Transition.COMPLETE, from, Authorization.own(actor), s.getOutcome());
    done.fire(new SubmissionDone(s.getId(), s.getForm(), s.getNumberText(), actor, s.getOutcome()));
    return view;
  }

  /**
   * The job goes back to the requester undone, with the reason; an asset beyond repair is
   * marked broken, otherwise it is back in use as it was.
   */
  public SubmissionView returnToRequester(long id, String reason, boolean beyondRepair, Actor actor) {
    require("reason", reason, "forms.return.reasonRequired");
    Submission s = load(id);
    requireWorker(s, actor);
    State from = s.apply(Transition.RETURN, now());
    s.close(cut(reason.strip(), 2000));
    if (s.getForm() == FormCode.F03) {
      RepairDetail detail = em.find(RepairDetail.class, s.getId());
      if (beyondRepair) {
        detail.markBeyondRepair();
      }
      if (detail.getAssetId() != null) {
        if (beyondRepair) {
          assets.markBroken(detail.getAssetId(), actor, reason(s) + ": " + reason.strip());
        } else {
          assets.markBackInUse(detail.getAssetId(), actor, reason(s));
        }
      }
    } else if (s.getForm() == FormCode.F04) {
      loans.release(s.getId(), today(), actor, reason(s));
    }
    return step(s, Transition.RETURN, from, Authorization.own(actor), s.getOutcome());
  }

  /** The requester takes the request back before it is approved. */
  public SubmissionView withdraw(long id, String comment, Actor actor) {
    Submission s = load(id);
    requireRequester(s, actor);
    State from = s.apply(Transition.WITHDRAW, now());
    return step(s, Transition.WITHDRAW, from, Authorization.own(actor), comment);
  }

  /** Attaches a file (a photo of the fault, a quotation) while the request is open. */
  public AttachmentView attach(long id, String fileName, String contentType, byte[] content, Actor actor) {
    Submission s = load(id);
    if (!s.isRequester(actor.uid())) {
      actor.requireAnyRole(Roles.ICT_OFFICER);
    }
    if (s.getState().isFinal()) {
      throw new BusinessException("forms.attachment.closed");
    }
    if (content == null || content.length == 0) {
      throw new BusinessException(field("file"), "forms.attachment.empty");
    }
    if (content.length > Attachment.MAX_BYTES) {
      throw new BusinessException(field("file"), "forms.attachment.tooLarge", Attachment.MAX_BYTES / (1024 * 1024));
    }
    String type = contentType == null ? "" : contentType.strip().toLowerCase(java.util.Locale.ROOT);
    if (!Attachment.TYPES.contains(type)) {
      throw new BusinessException(field("file"), "forms.attachment.type", contentType);
    }
    long count = em.createNamedQuery("Attachment.count", Long.class).setParameter("id", s.getId()).getSingleResult();
    if (count >= Attachment.MAX_PER_SUBMISSION) {
      throw new BusinessException(field("file"), "forms.attachment.tooMany", Attachment.MAX_PER_SUBMISSION);
    }
    String name = blank(fileName) ? "file" : cut(fileName.replaceAll("[\\\\/]", "_").strip(), Attachment.NAME_MAX);
    Attachment a = new Attachment(s.getId(), name, type, content, actor.uid(), now());
    em.persist(a);
    em.flush();
    audit.record(actor, "forms.submission.attached", "submission", String.valueOf(s.getId()), name);
    return a.view();
  }

  public AttachmentFile attachment(long attachmentId, Actor actor) {
    Attachment a = Optional.ofNullable(em.find(Attachment.class, attachmentId))
        .orElseThrow(() -> new BusinessException("forms.attachment.notFound", attachmentId));
    requireReader(load(a.getSubmissionId()), actor);
    return new AttachmentFile(a.view(), a.getContent());
  }

  public Optional<SubmissionView> find(long id, Actor actor) {
    Submission s = em.find(Submission.class, id);
    if (s == null) {
      return Optional.empty();
    }
    requireReader(s, actor);
    return Optional.of(view(s));
  }

  public SubmissionView get(long id, Actor actor) {
    return find(id, actor).orElseThrow(() -> new SubmissionNotFoundException(id));
  }

  /** The user's own requests (made by them or typed in by them), newest first. */
  public List<SubmissionSummary> mine(Actor actor) {
    return em.createNamedQuery("Submission.byPerson", Submission.class).setParameter("uid", actor.uid())
        .getResultList().stream().map(SubmissionSummary::of).toList();
  }

  /**
   * What waits for the user: reviews and assignments for the ICT unit, approvals they may give
   * in their own right or acting for someone, and jobs assigned to them. Their own requests
   * never appear as something to review or approve.
   */
  public List<InboxEntry> inbox(Actor actor) {
    List<Waiting> waiting = waiting(actor, inboxRead(actor));
    Map<Long, OffsetDateTime> lastSteps = lastStepTimes(waiting.stream().map(w -> w.s().getId()).toList());
    return waiting.stream().map(w -> new InboxEntry(SubmissionSummary.of(w.s()), w.task(), w.options(),
        w.s().getAmount(), lastSteps.getOrDefault(w.s().getId(), w.s().getCreatedAt()))).toList();
  }

  /** The home page's counts: what waits for the user, and their own requests still open. */
  public Overview overview(Actor actor) {
    List<Submission> read = inboxRead(actor);
    return new Overview(waiting(actor, read).size(),
        read.stream().filter(s -> s.isRequester(actor.uid()) && s.getState().isOpen()).count());
  }

  /**
   * Whether this one request waits for the user now, by the inbox's rules (for a notification
   * about it): empty when it does not, or when there is no such request.
   */
  public Optional<InboxEntry> waitingOn(long id, Actor actor) {
    Submission s = em.find(Submission.class, id);
    if (s == null) {
      return Optional.empty();
    }
    return waiting(actor, List.of(s)).stream().findFirst().map(w -> new InboxEntry(SubmissionSummary.of(w.s()),
        w.task(), w.options(), w.s().getAmount(), w.s().getCreatedAt()));
  }

  /** See {@link #overview}. */
  public record Overview(int waiting, long openOwn) implements java.io.Serializable {}

  private record Waiting(Submission s, Task task, List<AuthorityOption> options) {}

  private static final Set<State> WAITING_IN_THE_OFFICE = EnumSet.of(State.SUBMITTED, State.REVIEWED, State.APPROVED);

  /** The states {@link State#isOpen()}: everything the inbox and the home page count is in one of them. */
  private static final Set<State> OPEN = Arrays.stream(State.values()).filter(State::isOpen)
      .collect(Collectors.toCollection(() -> EnumSet.noneOf(State.class)));

  /** Everything the inbox looks at, oldest first: what waits in the office, one's own requests, one's jobs. */
  private List<Submission> inboxRead(Actor actor) {
    return em.createNamedQuery("Submission.forInbox", Submission.class).setParameter("open", OPEN)
        .setParameter("states", WAITING_IN_THE_OFFICE).setParameter("uid", actor.uid()).getResultList();
  }

  private List<Waiting> waiting(Actor actor, List<Submission> read) {
    List<Waiting> waiting = new ArrayList<>();
    boolean officer = actor.hasRole(Roles.ICT_OFFICER);
    for (Submission s : read) {
      if (!WAITING_IN_THE_OFFICE.contains(s.getState())) {
        continue;
      }
      Set<String> participants = s.participantUids();
      if (participants.contains(actor.uid())) {
        continue;
      }
      if (officer && s.getState() == State.SUBMITTED) {
        waiting.add(new Waiting(s, Task.REVIEW, List.of()));
      } else if (officer && s.getState() == State.APPROVED) {
        waiting.add(new Waiting(s, Task.ASSIGN, List.of()));
      } else if (s.getState() == State.REVIEWED) {
        List<AuthorityOption> options = authority.options(actor.uid(), actor.roles(), s.getForm().approvalPower(),
            s.getUnitCode(), s.getAmount(), participants);
        if (!options.isEmpty()) {
          waiting.add(new Waiting(s, Task.APPROVE, options));
        }
      }
    }
    // one's own sent back for correction, newest first, then the jobs one carries out, oldest first
    List<Submission> corrections = read.stream()
        .filter(s -> s.isRequester(actor.uid()) && s.getState() == State.CORRECTION).toList();
    for (int i = corrections.size() - 1; i >= 0; i--) {
      waiting.add(new Waiting(corrections.get(i), Task.CORRECT, List.of()));
    }
    read.stream().filter(s -> actor.uid().equals(s.getAssigneeUid()) && s.getState() == State.IN_PROGRESS)
        .forEach(s -> waiting.add(new Waiting(s, Task.CARRY_OUT, List.of())));
    return waiting;
  }

  /** When each submission's last step was taken, in one query (in slices the database accepts). */
  private Map<Long, OffsetDateTime> lastStepTimes(List<Long> ids) {
    Map<Long, OffsetDateTime> out = new HashMap<>();
    for (int from = 0; from < ids.size(); from += 1000) {
      for (Object[] row : em.createNamedQuery("Step.lastAt", Object[].class)
          .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000))).getResultList()) {
        out.put((Long) row[0], (OffsetDateTime) row[1]);
      }
    }
    return out;
  }

  /**
   * The absence the user is recorded in now ("LEAVE", …), so that her inbox says why decisions that
   * are hers by position are not offered to her: they wait for whoever acts for her, and come back
   * when she returns.
   */
  public Optional<String> absenceNow(Actor actor) {
    return authority.absenceNow(actor.uid());
  }

  private Authorization approver(Submission s, Actor actor) {
    Set<String> participants = s.participantUids();
    if (participants.contains(actor.uid()) || (actor.actingFor() != null && participants.contains(actor.actingFor()))) {
      throw new SelfApprovalException(s.getNumberText());
    }
    Authorization auth = authority.require(actor, s.getForm().approvalPower(), s.getUnitCode(), s.getAmount(),
        participants);
    Actor acted = auth.actor();
    if (!acted.uid().equals(actor.uid())) {
      throw new IllegalStateException("the authority check returned another person: " + acted.uid());
    }
    if (acted.actingFor() != null && participants.contains(acted.actingFor())) {
      throw new SelfApprovalException(s.getNumberText());
    }
    return auth;
  }

  private SubmissionView step(Submission s, Transition t, State from, Authorization auth, String comment) {
    String text = blank(comment) ? null : cut(comment.strip(), 2000);
    em.persist(new Step(s.getId(), t, from, s.getState(), signer(auth), now(), text));
    audit.record(auth.actor(), "forms.submission." + t.name().toLowerCase(java.util.Locale.ROOT), "submission",
        String.valueOf(s.getId()), (s.getNumberText() == null ? "" : s.getNumberText() + " ")
            + s.getState() + (text == null ? "" : " " + cut(text, 200)));
    em.flush();
    stepped.fire(new SubmissionStepped(s.getId(), s.getForm().name(), s.getForm().thaiName(), s.getNumberText(),
        s.getSubject(), t.name(), s.getState().name(), s.getRequesterUid(), s.getCreatedBy(), auth.actor().uid(), text));
    return view(s);
  }

  private Signer signer(Authorization auth) {
    Actor a = auth.actor();
    Optional<PersonSummary> me = staff.person(a.uid());
    String name = me.map(PersonSummary::thaiName).orElse(a.uid());
    if (!a.isActingForAnother()) {
      // escalation: in one's own name, the basis saying whose decision it was ("ในฐานะผู้บังคับบัญชาของ …")
      boolean escalated = auth.kind() == BasisKind.ESCALATION;
      return new Signer(a.uid(), name, me.map(PersonSummary::position).orElse(null), null, null, null,
          escalated ? a.basis() : null, escalated ? BasisKind.ESCALATION : BasisKind.OWN,
          me.map(PersonSummary::actingRole).orElse(null));
    }
    Optional<PersonSummary> principal = staff.person(a.actingFor());
    BasisKind kind = auth.kind().isActingForAnother() ? auth.kind() : BasisKind.STAND_IN;
    return new Signer(a.uid(), name, me.map(PersonSummary::position).orElse(null), a.actingFor(),
        principal.map(PersonSummary::thaiName).orElse(a.actingFor()), principalTitle(kind, principal),
        a.basis(), kind, me.map(PersonSummary::actingRole).orElse(null));
  }

  /**
   * The title the acting line names: the office's director title ("ผู้อำนวยการสำนักงานเขตพื้นที่
   * การศึกษา…") for a stand-in of the head of the office, else what the person acted for signs as
   * (the unit director's role, or the area director's own position for a delegate of hers).
   */
  private String principalTitle(BasisKind kind, Optional<PersonSummary> principal) {
    if (kind == BasisKind.ACTING_HEAD) {
      return office.office().directorTitle();
    }
    return principal.map(PersonSummary::signingTitle).orElse(null);
  }

  /** The typed amount, or for F02/F04 the one their lines give (see {@link LineAmounts}). */
  private BigDecimal amountOf(NewSubmission request, FormDetail detail, boolean ceilingMayApply) {
    switch (request.form()) {
      case F02 -> {
        if (detail instanceof UseRequest use && !use.lines().isEmpty()) {
          var lines = new LineAmounts.Lines(use.lines().stream().map(l -> LineAmounts.lineValue(l.quantity(), l.unitPrice())).toList());
          return LineAmounts.resolve(request.amount(), lines, ceilingMayApply, "lines", "forms.use.unitPriceRequired",
              lines.firstUnpriced());
        }
        return request.amount();
      }
      case F04 -> {
        if (detail instanceof LoanRequest r && !r.assetIds().isEmpty()) {
          List<AssetSummary> lent = loans.validate(r, today());
          var lines = new LineAmounts.Lines(lent.stream().map(AssetSummary::price).toList());
          String unpriced = lines.firstUnpriced() > 0 ? lent.get(lines.firstUnpriced() - 1).assetNumber() : null;
          return LineAmounts.resolve(request.amount(), lines, ceilingMayApply, "assets", "forms.loan.assetPriceUnknown",
              unpriced);
        }
        return request.amount();
      }
      case PLN -> {
        // a plan's budget is its activities' budgets added up, never typed beside them
        if (detail instanceof th.obec.esa.ict.forms.plan.PlanDetail plan) {
          return th.obec.esa.ict.forms.plan.PlanRules.budget(plan.activities());
        }
        return request.amount();
      }
      default -> {
        return request.amount();
      }
    }
  }

  /** The form's own fields, by the form's {@link DetailFiling}; a form without one files no detail. */
  private void storeDetail(Submission s, FormDetail detail) {
    DetailFiling<?> filing = filings.get(s.getForm());
    if (filing == null) {
      if (detail != null) {
        throw new BusinessException("forms.detail.mismatch", s.getForm().name());
      }
      return;
    }
    store(filing, s, detail);
  }

  private static <T extends FormDetail> void store(DetailFiling<T> filing, Submission s, FormDetail detail) {
    filing.store(s.getId(), expect(s.getForm(), detail, filing.type()));
  }

  private static <T> T expect(FormCode form, FormDetail detail, Class<T> type) {
    if (!type.isInstance(detail)) {
      throw new BusinessException("forms.detail.mismatch", form.name());
    }
    return type.cast(detail);
  }

  private Requester requester(NewSubmission request, Actor actor) {
    if (request.contact() != null) {
      actor.requireAnyRole(Roles.ICT_OFFICER);
      SchoolContact c = request.contact();
      require("contactName", c.name(), "forms.contact.nameRequired");
      require("contactSchool", c.school(), "forms.contact.schoolRequired");
      return Requester.schoolContact(cut(c.name().strip(), 200), cut(c.school().strip(), 300),
          blank(c.phone()) ? null : cut(c.phone().strip(), 40));
    }
    String uid = blank(request.requesterUid()) ? actor.uid() : request.requesterUid().strip();
    if (!uid.equals(actor.uid())) {
      actor.requireAnyRole(Roles.ICT_OFFICER);
    }
    PersonSummary p = staff.person(uid).orElseThrow(() -> new BusinessException(field("requester"), "forms.person.unknown", uid));
    return Requester.staff(uid, p.thaiName(), p.position());
  }

  private static void checkText(NewSubmission r) {
    if (r.form() == null) {
      throw new BusinessException(field("form"), "forms.form.required");
    }
    require("subject", r.subject(), "forms.subject.required");
    if (r.subject().strip().length() > Submission.SUBJECT_MAX) {
      throw new BusinessException(field("subject"), "forms.subject.tooLong", Submission.SUBJECT_MAX);
    }
    if (r.body() != null && r.body().strip().length() > Submission.BODY_MAX) {
      throw new BusinessException(field("body"), "forms.body.tooLong", Submission.BODY_MAX);
    }
    if (r.amount() != null && r.amount().signum() < 0) {
      throw new BusinessException(field("amount"), "forms.amount.negative");
    }
    // the column is NUMERIC(14,2): a bigger amount or one with fractions of a satang would fail the
    // insert (a fault, 500) or be rounded without a word. Integer digits = precision - scale, counted
    // without expanding the number (1e999999999 must not be written out)
    if (r.amount() != null && (r.amount().precision() - r.amount().scale() > 12
        || r.amount().stripTrailingZeros().scale() > 2)) {
      throw new BusinessException(field("amount"), "forms.amount.outOfRange");
    }
  }

  private Optional<Long> repairAsset(Submission s) {
    RepairDetail d = em.find(RepairDetail.class, s.getId());
    return d == null ? Optional.empty() : Optional.ofNullable(d.getAssetId());
  }

  private static String reason(Submission s) {
    return s.getForm() + " " + (s.getNumberText() == null ? "#" + s.getId() : s.getNumberText());
  }

  private void requireRequester(Submission s, Actor actor) {
    if (!s.isRequester(actor.uid())) {
      throw new AccessDeniedException(actor.uid(), "requester");
    }
  }

  private void requireNotParticipant(Submission s, Actor actor) {
    if (s.participantUids().contains(actor.uid())) {
      throw new SelfApprovalException(s.getNumberText());
    }
  }

  private void requireWorker(Submission s, Actor actor) {
    if (!actor.uid().equals(s.getAssigneeUid())) {
      actor.requireAnyRole(Roles.ICT_OFFICER);
    }
  }

  /**
   * Need to know: a submission is read by its requester (and whoever filed it for them), the people
   * it names, the people of its chain (who reviewed, approved, acted for whom, the assignee), whoever
   * may decide it now, the ICT unit that handles every request, the requester's unit director and
   * auditors. Other unit directors and the organisation's data administrators do not.
   */
  private void requireReader(Submission s, Actor actor) {
    if (!mayRead(s, actor)) {
      throw new AccessDeniedException(actor.uid(), "reader");
    }
  }

  private boolean mayRead(Submission s, Actor actor) {
    String uid = actor.uid();
    if (s.isRequester(uid) || uid.equals(s.getCreatedBy()) || uid.equals(s.getAssigneeUid())
        || s.participantUids().contains(uid) || actor.hasRole(Roles.ICT_OFFICER) || actor.hasRole(Roles.AUDITOR)) {
      return true;
    }
    if (staff.unitDirectorUid(s.getUnitCode(), today()).filter(uid::equals).isPresent()) {
      return true;
    }
    if (s.getState() == State.REVIEWED && !authority.options(uid, actor.roles(), s.getForm().approvalPower(),
        s.getUnitCode(), s.getAmount(), s.participantUids()).isEmpty()) {
      return true;
    }
    return em.createNamedQuery("Step.of", Step.class).setParameter("id", s.getId()).getResultList().stream()
        .map(Step::view).anyMatch(v -> uid.equals(v.actorUid()) || uid.equals(v.actingForUid()));
  }

  /**
   * Whether the actor may see the personal fields of an F08/F14 (mail, English name, the systems and
   * roles asked for): the requester, the ICT unit handling it, auditors. Others who may read the
   * request (its approver, the unit director) see it without them.
   */
  public boolean mayReadPersonal(long id, Actor actor) {
    Submission s = load(id);
    return s.isRequester(actor.uid()) || actor.hasRole(Roles.ICT_OFFICER) || actor.hasRole(Roles.AUDITOR);
  }

  private Submission load(long id) {
    return Optional.ofNullable(em.find(Submission.class, id)).orElseThrow(() -> new SubmissionNotFoundException(id));
  }

  SubmissionView view(Submission s) {
    long id = s.getId();
    List<StepView> steps = em.createNamedQuery("Step.of", Step.class).setParameter("id", id).getResultList().stream()
        .map(Step::view).toList();
    List<AttachmentView> files = em.createNamedQuery("Attachment.of", Attachment.class).setParameter("id", id)
        .getResultList().stream().map(Attachment::view).toList();
    List<WorkLogView> work = em.createNamedQuery("WorkLog.of", WorkLog.class).setParameter("id", id).getResultList()
        .stream().map(WorkLog::view).toList();
    RepairDetail repair = s.getForm() == FormCode.F03 ? em.find(RepairDetail.class, id) : null;
    ActionDetail action = s.getForm() == FormCode.F05 ? em.find(ActionDetail.class, id) : null;
    List<UseLine> lines = s.getForm() == FormCode.F02 ? em.createNamedQuery("UseItem.of", UseItem.class)
        .setParameter("id", id).getResultList().stream().map(UseItem::line).toList() : List.of();
    boolean loan = s.getForm() == FormCode.F04;
    return new SubmissionView(id, s.getForm(), s.getForm().thaiName(), s.getState(), s.getNumberText(), s.getUnitCode(),
        s.getRequesterUid(), s.getRequesterName(), s.getRequesterPosition(), s.getContactSchool(), s.getContactPhone(),
        s.getCreatedBy(), s.getSubject(), s.getAddressedTo(), s.getBody(), s.getAmount(), s.getAssigneeUid(),
        s.getOutcome(), s.getCreatedAt(), s.getSubmittedOn(), s.getVersion(), StateMachine.from(s.getState()), steps,
        files, work, repair == null ? null : repair.view(), loan ? loans.of(id) : List.of(),
        loan ? loans.reminders(id) : List.of(), lines, action == null ? null : action.request(), s.getProcessNo());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

}
