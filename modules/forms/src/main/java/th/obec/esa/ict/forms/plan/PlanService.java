package th.obec.esa.ict.forms.plan;

import static th.obec.esa.ict.platform.BusinessException.field;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import th.obec.esa.ict.forms.api.NewSubmission;
import th.obec.esa.ict.forms.api.PlanInput;
import th.obec.esa.ict.forms.api.PlanSheet;
import th.obec.esa.ict.forms.api.Plans;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.document.MemoComposer;
import th.obec.esa.ict.forms.submission.Step;
import th.obec.esa.ict.forms.submission.StepView;
import th.obec.esa.ict.forms.submission.Submission;
import th.obec.esa.ict.forms.submission.SubmissionNotFoundException;
import th.obec.esa.ict.forms.submission.SubmissionService;
import th.obec.esa.ict.forms.submission.SubmissionView;
import th.obec.esa.ict.forms.workflow.State;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.audit.AuditTrail;
import th.obec.esa.ict.platform.security.AccessDeniedException;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.platform.time.FiscalYear;
import th.obec.esa.ict.platform.time.OfficeTime;

/**
 * The work processes' yearly plans. Filing goes through {@link SubmissionService} (a plan is a
 * submission of kind PLN: its number, chain, inbox, approval by the holder of APPROVE_PLAN or whoever
 * acts for her, with the acting wording printed); this service adds what only a plan has: who may
 * draft one, its sheet, and the progress of its activities.
 */
@Stateless
@Local(Plans.class)
public class PlanService implements Plans {

  @PersistenceContext(unitName = "forms")
  private EntityManager em;

  @EJB
  private SubmissionService submissions;

  @EJB
  private AuditTrail audit;

  private final Clock clock = OfficeTime.clock();

  @Override
  public PlanSheet propose(PlanInput plan, boolean draft, Actor actor) {
    actor.requireAnyRole(Roles.ICT_OFFICER);
    if (plan.process() == null) {
      throw new BusinessException(field("process"), "forms.plan.processRequired");
    }
    // the year first, so that a wrong year is named before anything else is looked at
    PlanRules.year(plan.fiscalYear(), FiscalYear.of(LocalDate.now(clock)).buddhistYear());
    String subject = plan.subject() == null || plan.subject().isBlank()
        ? "แผนปฏิบัติงานประจำปีงบประมาณ " + plan.fiscalYear() + " กระบวนงานที่ " + plan.process()
        : plan.subject();
    NewSubmission common = new NewSubmission(FormCode.PLN, subject, plan.body(), null, null, null, null, plan.process());
    SubmissionView v = submissions.createDraft(common, new PlanDetail(plan.fiscalYear(), plan.activities()), actor);
    if (!draft) {
      v = submissions.submit(v.id(), actor);
    }
    return sheet(v.id());
  }

  @Override
  public PlanSheet get(long id, Actor actor) {
    actor.requireAnyRole(Roles.ALL.toArray(String[]::new));
    PlanSheet sheet = sheet(id);
    if ("DRAFT".equals(sheet.state()) && !actor.uid().equals(sheet.proposedByUid())) {
      // a draft is its writer's own, as every request's
      throw new SubmissionNotFoundException(id);
    }
    return sheet;
  }

  @Override
  public List<PlanSheet> plans(Integer process, Integer fiscalYear, Actor actor) {
    actor.requireAnyRole(Roles.ALL.toArray(String[]::new));
    var query = em.createQuery("SELECT p.submissionId FROM Plan p, Submission s WHERE s.id = p.submissionId"
        + (process == null ? "" : " AND p.processNo = :process") + (fiscalYear == null ? "" : " AND p.fiscalYear = :year")
        + " AND (s.state <> :draft OR s.createdBy = :uid) ORDER BY s.createdAt DESC", Long.class)
        .setParameter("draft", State.DRAFT).setParameter("uid", actor.uid());
    if (process != null) {
      query.setParameter("process", process);
    }
    if (fiscalYear != null) {
      query.setParameter("year", fiscalYear);
    }
    List<Long> ids = query.setMaxResults(200).getResultList();
    return ids.stream().map(this::sheet).toList();
  }

  @Override
  public PlanSheet recordProgress(long id, int activityNo, Integer percent, String note, Actor actor) {
    Submission s = Optional.ofNullable(em.find(Submission.class, id)).filter(x -> x.getForm() == FormCode.PLN)
        .orElseThrow(() -> new SubmissionNotFoundException(id));
    PlanActivity activity = em.createNamedQuery("PlanActivity.of", PlanActivity.class).setParameter("id", id)
        .getResultStream().filter(a -> a.getActivityNo() == activityNo).findFirst()
        .orElseThrow(() -> new BusinessException(field("activity"), "forms.plan.activity.unknown", activityNo));
    if (!actor.hasRole(Roles.ICT_OFFICER) && !actor.uid().equals(activity.getResponsibleUid())) {
      throw new AccessDeniedException(actor.uid(), Roles.ICT_OFFICER);
    }
    if (!(s.getState() == State.APPROVED || s.getState() == State.IN_PROGRESS || s.getState() == State.DONE)) {
      throw new BusinessException("forms.plan.notApproved", s.getNumberText() == null ? "-" : s.getNumberText());
    }
    int value = PlanRules.progress(percent);
    String text = note == null || note.isBlank() ? null : note.strip();
    if (text != null && text.length() > PlanRules.NOTE_MAX) {
      throw new BusinessException(field("note"), "forms.plan.noteTooLong", PlanRules.NOTE_MAX);
    }
    activity.progress(value, text, actor.uid(), OffsetDateTime.now(clock));
    audit.record(actor, "forms.plan.progress", "submission", String.valueOf(id),
        s.getNumberText() + " " + activityNo + " " + value + "%");
    em.flush();
    return sheet(id);
  }

  private PlanSheet sheet(long id) {
    Plan p = Optional.ofNullable(em.find(Plan.class, id)).orElseThrow(() -> new SubmissionNotFoundException(id));
    Submission s = em.find(Submission.class, id);
    List<PlanSheet.ActivityLine> activities = em.createNamedQuery("PlanActivity.of", PlanActivity.class)
        .setParameter("id", id).getResultList().stream().map(PlanActivity::line).toList();
    List<PlanSheet.Signed> chain = em.createNamedQuery("Step.of", Step.class).setParameter("id", id).getResultList()
        .stream().map(Step::view).map(PlanService::signed).toList();
    return new PlanSheet(id, s.getNumberText(), s.getState().name(), p.getProcessNo(), p.getFiscalYear(),
        s.getSubject(), s.getBody(), p.getBudget(), s.getCreatedBy(), s.getRequesterName(), s.getSubmittedOn(),
        activities, chain);
  }

  /** A link with the wording its signature prints, by the memo's own rule. */
  static PlanSheet.Signed signed(StepView step) {
    String actingLine = step.isActing() ? MemoComposer.block(step).actingLine() : null;
    return new PlanSheet.Signed(step.action().name(), step.actorUid(), step.actorName(), step.actorPosition(),
        step.actingForUid(), step.actingForName(), actingLine, step.basisKind() == null ? null : step.basisKind().name(),
        step.basis(), step.at(), step.comment());
  }
}
