package th.obec.esa.ict.forms.access;

import static th.obec.esa.ict.platform.BusinessException.field;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import th.obec.esa.ict.forms.api.SubmissionApproved;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.port.StaffPort;
import th.obec.esa.ict.forms.api.NewSubmission;
import th.obec.esa.ict.forms.submission.Submission;
import th.obec.esa.ict.forms.submission.SubmissionService;
import th.obec.esa.ict.forms.submission.SubmissionView;
import th.obec.esa.ict.forms.workflow.State;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.audit.AuditTrail;
import th.obec.esa.ict.platform.security.AccessDeniedException;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.platform.time.ThaiDates;

/**
 * F14: staff ask for access to a system for a period; the holder of {@code APPROVE_ACCESS} (or
 * whoever acts for them) approves through {@link SubmissionService}, and this service grants it
 * when it observes the approval ({@link SubmissionApproved}, however it was given). A grant
 * holds only while the {@link AccessTime} clock's day is within its period: every check reads
 * the clock, and the daily {@link AccessExpiry} writes down the end of those that ran out.
 */
@Stateless
public class AccessService {

  /** Who ends expired grants in the record. */
  public static final String SYSTEM_UID = "system";

  @PersistenceContext(unitName = "forms")
  private EntityManager em;

  @EJB
  private AuditTrail audit;

  @EJB
  private SubmissionService submissions;

  @Inject
  private StaffPort staff;

  @Inject
  @AccessTime
  private Clock clock;

  /** Files an F14 for the actor themselves and submits it. */
  public AccessView request(AccessRequest r, Actor actor) {
    if (r == null || r.system() == null) {
      throw new BusinessException(field("system"), "forms.access.systemRequired");
    }
    String role = text("role", r.role(), 100);
    String reason = text("reason", r.reason(), 1000);
    AccessPeriod period = new AccessPeriod(r.from(), r.until()).validated(today());
    String body = "ขอสิทธิ์เข้าถึง" + r.system().thai() + " ในบทบาท " + role + " ตั้งแต่วันที่ "
        + ThaiDates.formatLong(period.from(), ThaiDates.THAI)
        + " ถึงวันที่ "
        + ThaiDates.formatLong(period.until(), ThaiDates.THAI)
        + " เนื่องจาก " + reason;
    SubmissionView s = submissions.file(NewSubmission.of(FormCode.F14, "ขอสิทธิ์เข้าถึง" + r.system().thai(), body),
        null, actor);
    AccessGrant g = new AccessGrant(s.id(), r.system(), role, s.requesterUid(), s.requesterName(), s.unitCode(), period);
    em.persist(g);
    em.flush();
    audit.record(actor, "forms.access.requested", "submission", String.valueOf(s.id()), r.system() + " " + role);
    return view(g);
  }

  /**
   * Approves the F14 (the access list's page and REST): {@link SubmissionService#approveFor}, whose
   * approval grants the access from now until the end of its last day (see {@link #approved}).
   */
  public AccessView approve(long id, String actingForUid, String comment, Actor actor) {
    AccessGrant g = load(id);
    submissions.approveFor(id, actingForUid, comment, actor);
    return view(g);
  }

  /**
   * An F14 was approved: the access is granted in the approving transaction, by the approver as
   * she acted, from now until the end of its last day. A period already over refuses, and with it
   * the approval. An F14 filed without the grant's fields (the generic form API) has nothing to grant.
   */
  public void approved(@Observes SubmissionApproved event) {
    if (event.form() != FormCode.F14) {
      return;
    }
    AccessGrant g = em.find(AccessGrant.class, event.submissionId());
    if (g == null) {
      return;
    }
    if (g.period().isOverOn(today())) {
      throw new BusinessException("forms.access.periodPast");
    }
    g.grant(now(), event.actor().uid());
    em.flush();
    audit.record(event.actor(), "forms.access.granted", "submission", String.valueOf(event.submissionId()),
        g.getSystem() + " " + g.getRole() + " " + g.getHolderUid() + " " + g.getValidFrom() + ".." + g.getValidUntil()
            + " " + event.numberText());
  }

  /**
   * Grants an F14 approved without it: before approvals granted by themselves, the common inbox's
   * REST approval gave the form only. For the ICT officer, from that moment until the end of its
   * last day.
   */
  public AccessView grantApproved(long id, Actor actor) {
    actor.requireAnyRole(Roles.ICT_OFFICER);
    AccessGrant g = load(id);
    Submission s = em.find(Submission.class, id);
    if (g.getGrantedAt() != null || g.getEndedAt() != null || s.getDecidedAt() == null
        || !EnumSet.of(State.APPROVED, State.IN_PROGRESS, State.DONE).contains(s.getState())) {
      throw new BusinessException("forms.access.notApproved", s.getNumberText());
    }
    if (g.period().isOverOn(today())) {
      throw new BusinessException("forms.access.periodPast");
    }
    g.grant(now(), actor.uid());
    em.flush();
    audit.record(actor, "forms.access.granted", "submission", String.valueOf(id), g.getSystem() + " " + g.getRole()
        + " " + g.getHolderUid() + " " + g.getValidFrom() + ".." + g.getValidUntil());
    return view(g);
  }

  /** Whether the person has access to the system now, in any role. */
  public boolean hasAccess(String uid, InformationSystem system) {
    LocalDate today = today();
    return em.createNamedQuery("AccessGrant.ofHolder", AccessGrant.class).setParameter("uid", uid).getResultList()
        .stream().anyMatch(g -> g.getSystem() == system && g.isActiveOn(today));
  }

  /**
   * The access list. The ICT unit, directors and auditors see everyone's; a unit director the
   * staff of the units they head; everybody else their own.
   */
  public List<AccessView> list(boolean activeOnly, Actor actor) {
    List<AccessGrant> rows;
    if (actor.hasRole(Roles.ICT_OFFICER) || actor.hasRole(Roles.DIRECTOR) || actor.hasRole(Roles.AUDITOR)) {
      rows = em.createNamedQuery("AccessGrant.all", AccessGrant.class).setMaxResults(2000).getResultList();
    } else if (actor.hasRole(Roles.UNIT_DIRECTOR)) {
      LocalDate today = today();
      rows = em.createNamedQuery("AccessGrant.all", AccessGrant.class).setMaxResults(2000).getResultList().stream()
          .filter(g -> g.getHolderUid().equals(actor.uid()) || heads(actor.uid(), g.getUnitCode(), today)).toList();
    } else {
      rows = em.createNamedQuery("AccessGrant.ofHolder", AccessGrant.class).setParameter("uid", actor.uid())
          .getResultList();
    }
    LocalDate today = today();
    return rows.stream().filter(g -> !activeOnly || g.isActiveOn(today)).map(this::view).toList();
  }

  /** The grants in force in the units the actor heads: what their periodic review covers. */
  public List<AccessView> toReview(Actor actor) {
    actor.requireAnyRole(Roles.UNIT_DIRECTOR, Roles.DIRECTOR);
    LocalDate today = today();
    return em.createNamedQuery("AccessGrant.open", AccessGrant.class).getResultList().stream()
        .filter(g -> g.isActiveOn(today) && mayReview(actor.uid(), g, today)).map(this::view).toList();
  }

  /**
   * The unit director's decision in the review: keep the access (recorded as confirmed now) or
   * remove it at once.
   */
  public AccessView review(long id, boolean keep, Actor actor) {
    AccessGrant g = load(id);
    LocalDate today = today();
    if (g.getHolderUid().equals(actor.uid()) || g.getHolderUid().equals(actor.actingFor())) {
      throw new BusinessException("forms.access.review.own");
    }
    if (!mayReview(actor.uid(), g, today)) {
      throw new AccessDeniedException(actor.uid(), Roles.UNIT_DIRECTOR);
    }
    if (!g.isActiveOn(today)) {
      throw new AccessEndedException(id);
    }
    if (keep) {
      g.reviewed(now(), actor.uid());
    } else {
      g.reviewed(now(), actor.uid());
      g.end(now(), actor.uid(), EndReason.REMOVED_IN_REVIEW);
    }
    em.flush();
    audit.record(actor, keep ? "forms.access.confirmed" : "forms.access.removed", "submission", String.valueOf(id),
        g.getSystem() + " " + g.getHolderUid());
    return view(g);
  }

  /** The ICT unit ends a grant early, with a reason. */
  public AccessView revoke(long id, String reason, Actor actor) {
    actor.requireAnyRole(Roles.ICT_OFFICER);
    String why = text("reason", reason, 500);
    AccessGrant g = load(id);
    if (!g.isActiveOn(today())) {
      throw new AccessEndedException(id);
    }
    g.end(now(), actor.uid(), EndReason.REVOKED);
    em.flush();
    audit.record(actor, "forms.access.revoked", "submission", String.valueOf(id), g.getHolderUid() + " " + why);
    return view(g);
  }

  /**
   * Writes down the end of every grant whose last day is behind. Idempotent: each cluster member
   * may run it. The end is recorded as the start of the day after the last, when it took effect.
   *
   * @return how many grants it ended
   */
  public int expireDue() {
    LocalDate today = today();
    List<AccessGrant> due = em.createNamedQuery("AccessGrant.overdue", AccessGrant.class)
        .setParameter("today", today).getResultList();
    Actor system = Actor.self(SYSTEM_UID);
    for (AccessGrant g : due) {
      g.end(g.getValidUntil().plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime(), SYSTEM_UID,
          EndReason.EXPIRED);
      audit.record(system, "forms.access.expired", "submission", String.valueOf(g.getSubmissionId()),
          g.getSystem() + " " + g.getHolderUid() + " " + g.getValidUntil());
    }
    em.flush();
    return due.size();
  }

  public AccessView get(long id, Actor actor) {
    submissions.get(id, actor);
    return view(load(id));
  }

  /**
   * Nobody reviews their own access: the unit director reviews her staff's grants, never her own
   * (those are left to a review above her, which is not modelled yet).
   */
  private boolean mayReview(String uid, AccessGrant g, LocalDate day) {
    return !g.getHolderUid().equals(uid) && heads(uid, g.getUnitCode(), day);
  }

  private boolean heads(String uid, String unitCode, LocalDate day) {
    return staff.unitDirectorUid(unitCode, day).map(uid::equals).orElse(false);
  }

  private AccessGrant load(long id) {
    return Optional.ofNullable(em.find(AccessGrant.class, id)).orElseThrow(() -> new AccessNotFoundException(id));
  }

  private AccessView view(AccessGrant g) {
    Submission s = em.find(Submission.class, g.getSubmissionId());
    return new AccessView(g.getSubmissionId(), s.getNumberText(), s.getState(), g.getSystem(), g.getRole(),
        g.getHolderUid(), g.getHolderName(), g.getUnitCode(), g.getValidFrom(), g.getValidUntil(), g.getGrantedAt(),
        g.getGrantedBy(), g.getEndedAt(), g.getEndedBy(), g.getEndReason(), g.getReviewedAt(), g.getReviewedBy(),
        g.isActiveOn(today()));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static String text(String fieldId, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new BusinessException(field(fieldId), "forms.access.required", fieldId);
    }
    String v = Objects.requireNonNull(value).strip();
    return v.length() <= max ? v : v.substring(0, max);
  }
}
