package th.obec.esa.ict.evaluation.answer;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import th.obec.esa.ict.evaluation.form.Evaluation;
import th.obec.esa.ict.evaluation.form.EvaluationReader;
import th.obec.esa.ict.evaluation.form.EvaluationService;
import th.obec.esa.ict.evaluation.form.EvaluationState;
import th.obec.esa.ict.evaluation.form.EvaluationView;
import th.obec.esa.ict.organization.api.StandIns;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.audit.AuditTrail;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.time.OfficeTime;

/**
 * Takes answer sheets. An identified respondent (the signed-in actor's uid) answers an evaluation
 * once, which the database enforces too (unique evaluation and uid), so that two racing requests
 * cannot both pass; an anonymous public sheet (F20) carries the hash of the browser's client key
 * instead. A sheet is written whole or not at all. The audit records that a sheet was given to
 * an evaluation, never its scores.
 */
@Stateless
public class AnswerService {

  /** The actor recorded in the audit for anonymous public answers. */
  public static final Actor ANONYMOUS = Actor.self("anonymous");

  @PersistenceContext(unitName = "evaluation")
  private EntityManager em;

  @EJB
  private AuditTrail audit;

  @EJB
  private StandIns standIns;

  /**
   * An identified answer by the signed-in actor.
   *
   * @throws BusinessException evaluation.answer.notOpen / .closed / .already
   * @throws th.obec.esa.ict.evaluation.form.InputRejectedException with a problem per field
   */
  public AnswerReceipt answer(long evaluationId, AnswerInput input, Actor actor) {
    EvaluationView ev = EvaluationReader.view(em, lock(evaluationId));
    AnswerRules.requireOpen(ev);
    if (hasAnswered(evaluationId, actor)) {
      throw new BusinessException("evaluation.answer.already", ev.title());
    }
    // the group comes from the directory and the organisation data, not from the respondent's choice
    AnswerRules.Clean clean = AnswerRules.check(ev, input, RespondentGroups.groupOf(actor.uid(), standIns::staffByUid));
    Response r = store(ev, actor.uid(), null, clean, "evaluation.answer.already");
    audit.record(actor, "evaluation.answer.submitted", "evaluation", Long.toString(evaluationId),
        "evaluation " + evaluationId);
    return new AnswerReceipt(r.getId(), evaluationId, r.getSubmittedAt());
  }

  /**
   * An anonymous answer to an evaluation open to the public (F20), from a browser known by its
   * client key.
   *
   * @throws BusinessException evaluation.answer.notAnonymous, .notOpen, .closed,
   *     .clientKeyInvalid, .alreadyFromBrowser
   */
  public AnswerReceipt answerAnonymously(long evaluationId, AnswerInput input, String clientKey) {
    EvaluationView ev = EvaluationReader.view(em, lock(evaluationId));
    if (!ev.anonymous()) {
      throw new BusinessException("evaluation.answer.notAnonymous");
    }
    AnswerRules.requireOpen(ev);
    String hash = ClientKeys.hash(evaluationId, clientKey);
    if (answeredFromHash(evaluationId, hash)) {
      throw new BusinessException("evaluation.answer.alreadyFromBrowser", ev.title());
    }
    AnswerRules.Clean clean = AnswerRules.check(ev, input);
    Response r = store(ev, null, hash, clean, "evaluation.answer.alreadyFromBrowser");
    audit.record(ANONYMOUS, "evaluation.answer.submitted", "evaluation", Long.toString(evaluationId),
        "anonymous, evaluation " + evaluationId + ", " + clean.group());
    return new AnswerReceipt(r.getId(), evaluationId, r.getSubmittedAt());
  }

  /**
   * Reads the evaluation row under a shared lock, so that a close running at the same moment
   * either comes before this sheet (which is then refused) or after it.
   */
  private Evaluation lock(long evaluationId) {
    Evaluation e = EvaluationReader.find(em, evaluationId);
    em.lock(e, jakarta.persistence.LockModeType.PESSIMISTIC_READ);
    return e;
  }

  private Response store(EvaluationView ev, String uid, String hash, AnswerRules.Clean clean, String duplicateKey) {
    Response r = new Response(ev.id(), uid, hash, clean.group(), clean.schoolName(),
        OffsetDateTime.now(OfficeTime.ZONE));
    try {
      em.persist(r);
      em.flush();
      for (Map.Entry<Long, Integer> rating : clean.ratings().entrySet()) {
        em.persist(new Rating(r.getId(), ev.id(), rating.getKey(), rating.getValue()));
      }
      for (Map.Entry<Long, String> open : clean.openAnswers().entrySet()) {
        em.persist(new OpenAnswer(r.getId(), ev.id(), open.getKey(), open.getValue()));
      }
      em.flush();
    } catch (PersistenceException e) {
      // the unique constraint caught a sheet written by a parallel request
      throw new BusinessException(duplicateKey, ev.title());
    }
    return r;
  }

  /** Whether the actor has already answered this evaluation. */
  public boolean hasAnswered(long evaluationId, Actor actor) {
    return !em.createQuery("SELECT r.id FROM Response r WHERE r.evaluationId = :id AND r.respondentUid = :uid",
        Long.class).setParameter("id", evaluationId).setParameter("uid", actor.uid()).setMaxResults(1)
        .getResultList().isEmpty();
  }

  /** Whether a browser (by its client key) has already answered this evaluation anonymously. */
  public boolean hasAnsweredFromBrowser(long evaluationId, String clientKey) {
    return answeredFromHash(evaluationId, ClientKeys.hash(evaluationId, clientKey));
  }

  private boolean answeredFromHash(long evaluationId, String hash) {
    return !em.createQuery("SELECT r.id FROM Response r WHERE r.evaluationId = :id AND r.clientKeyHash = :h",
        Long.class).setParameter("id", evaluationId).setParameter("h", hash).setMaxResults(1)
        .getResultList().isEmpty();
  }

  /**
   * The evaluations open now, newest first, each with whether this person has answered it. The
   * module does not know a person's group; the page offers the groups each evaluation allows.
   */
  public List<OpenEvaluation> openFor(Actor actor) {
    List<Evaluation> open = em.createQuery("SELECT e FROM Evaluation e WHERE e.state = :open"
        + " ORDER BY e.openedAt DESC, e.id DESC", Evaluation.class)
        .setParameter("open", EvaluationState.OPEN).getResultList();
    if (open.isEmpty()) {
      return List.of();
    }
    // two queries for the whole list, not two per evaluation (the home page shows this)
    List<Long> ids = open.stream().map(Evaluation::getId).toList();
    Map<Long, Long> respondents = EvaluationReader.respondents(em, ids);
    Set<Long> answered = new HashSet<>(em.createQuery("SELECT DISTINCT r.evaluationId FROM Response r"
        + " WHERE r.evaluationId IN :ids AND r.respondentUid = :uid", Long.class).setParameter("ids", ids)
        .setParameter("uid", actor.uid()).getResultList());
    return open.stream().map(e -> new OpenEvaluation(EvaluationReader.summary(e, respondents.getOrDefault(e.getId(), 0L)),
        answered.contains(e.getId()))).toList();
  }

  /** How many evaluations open now this person has not answered (the home page's count), in one query. */
  public long toAnswer(Actor actor) {
    return em.createQuery("SELECT COUNT(e) FROM Evaluation e WHERE e.state = :open AND NOT EXISTS"
        + " (SELECT r.id FROM Response r WHERE r.evaluationId = e.id AND r.respondentUid = :uid)", Long.class)
        .setParameter("open", EvaluationState.OPEN).setParameter("uid", actor.uid()).getSingleResult();
  }

  /**
   * An evaluation as the public page shows it, without an actor: only one open to the public.
   *
   * @throws BusinessException evaluation.evaluation.notFound when not public (a private
   *     evaluation's questions are not shown to anonymous visitors), .answer.notOpen, .answer.closed
   */
  public EvaluationView publicForm(long evaluationId) {
    EvaluationView ev = EvaluationReader.view(em, evaluationId);
    if (!ev.anonymous()) {
      throw new BusinessException("evaluation.evaluation.notFound", evaluationId);
    }
    AnswerRules.requireOpen(ev);
    return ev;
  }
}
