package th.obec.esa.ict.evaluation.form;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.audit.AuditTrail;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.platform.time.OfficeTime;

/**
 * Builds evaluations and moves them DRAFT → OPEN → CLOSED. Only ICT officers build, edit, open
 * and close; the questions are frozen once open, so that every answer is given to the same
 * questions. Every change is audited in the same transaction.
 */
@Stateless
public class EvaluationService {

  @PersistenceContext(unitName = "evaluation")
  private EntityManager em;

  @EJB
  private AuditTrail audit;

  /** Builds a DRAFT. */
  public EvaluationView create(EvaluationInput input, Actor actor) {
    actor.requireAnyRole(Roles.ICT_OFFICER);
    EvaluationRules.check(input, LocalDate.now(OfficeTime.ZONE));
    Evaluation e = new Evaluation(input, OffsetDateTime.now(OfficeTime.ZONE), actor.uid());
    em.persist(e);
    em.flush();
    writeContent(e.getId(), input);
    audit.record(actor, "evaluation.evaluation.created", "evaluation", e.getId().toString(),
        input.form() + " " + e.getTitle());
    return EvaluationReader.view(em, e);
  }

  /**
   * Replaces a DRAFT's header, sections, items and questions (item ids change).
   *
   * @throws BusinessException evaluation.state.notDraft once opened
   */
  public EvaluationView update(long id, EvaluationInput input, Actor actor) {
    actor.requireAnyRole(Roles.ICT_OFFICER);
    Evaluation e = EvaluationReader.find(em, id);
    if (e.getState() != EvaluationState.DRAFT) {
      throw new BusinessException("evaluation.state.notDraft");
    }
    EvaluationRules.check(input, LocalDate.now(OfficeTime.ZONE));
    e.set(input);
    em.createQuery("DELETE FROM Item i WHERE i.evaluationId = :id").setParameter("id", id).executeUpdate();
    em.createQuery("DELETE FROM Section s WHERE s.evaluationId = :id").setParameter("id", id).executeUpdate();
    em.createQuery("DELETE FROM Question q WHERE q.evaluationId = :id").setParameter("id", id).executeUpdate();
    writeContent(id, input);
    audit.record(actor, "evaluation.evaluation.updated", "evaluation", Long.toString(id), e.getTitle());
    em.flush();
    return EvaluationReader.view(em, e);
  }

  /**
   * Writes the sections, then (after a flush: the entities have no mapped relations, so EclipseLink
   * would not order the inserts by the foreign keys) their items and the questions.
   */
  private void writeContent(long id, EvaluationInput input) {
    List<Section> sections = new ArrayList<>();
    int s = 0;
    for (SectionInput si : input.sections()) {
      Section section = new Section(id, ++s, EvaluationRules.clean(si.title()));
      em.persist(section);
      sections.add(section);
    }
    em.flush();
    for (int k = 0; k < sections.size(); k++) {
      int i = 0;
      for (String text : input.sections().get(k).items()) {
        em.persist(new Item(id, sections.get(k).getId(), ++i, EvaluationRules.clean(text)));
      }
    }
    int q = 0;
    for (String text : input.openQuestions()) {
      em.persist(new Question(id, ++q, EvaluationRules.clean(text)));
    }
    em.flush();
  }

  /**
   * Opens a DRAFT to answers.
   *
   * @throws BusinessException evaluation.state.notDraft; evaluation.plannedClose.past when the
   *     planned closing date has already gone
   */
  public EvaluationView open(long id, Actor actor) {
    actor.requireAnyRole(Roles.ICT_OFFICER);
    Evaluation e = EvaluationReader.find(em, id);
    if (e.getState() != EvaluationState.DRAFT) {
      throw new BusinessException("evaluation.state.notDraft");
    }
    OffsetDateTime now = OffsetDateTime.now(OfficeTime.ZONE);
    if (e.getPlannedClose() != null && e.getPlannedClose().isBefore(now.toLocalDate())) {
      throw new BusinessException(BusinessException.field("plannedClose"), "evaluation.plannedClose.past");
    }
    e.open(now, actor.uid());
    audit.record(actor, "evaluation.evaluation.opened", "evaluation", Long.toString(id), e.getTitle());
    return EvaluationReader.view(em, e);
  }

  /**
   * Closes an OPEN evaluation: no more answers; the F12 is final.
   *
   * @throws BusinessException evaluation.state.notOpen
   */
  public EvaluationView close(long id, Actor actor) {
    actor.requireAnyRole(Roles.ICT_OFFICER);
    Evaluation e = EvaluationReader.find(em, id);
    if (e.getState() != EvaluationState.OPEN) {
      throw new BusinessException("evaluation.state.notOpen");
    }
    e.close(OffsetDateTime.now(OfficeTime.ZONE), actor.uid());
    audit.record(actor, "evaluation.evaluation.closed", "evaluation", Long.toString(id),
        EvaluationReader.respondents(em, id) + " respondents");
    return EvaluationReader.view(em, e);
  }

  /**
   * "Use last year's form": a new DRAFT with the same form, texts, sections, items, questions
   * and groups, for another fiscal year, with no planned closing date.
   */
  public EvaluationView copy(long sourceId, int fiscalYear, Actor actor) {
    actor.requireAnyRole(Roles.ICT_OFFICER);
    EvaluationView src = EvaluationReader.view(em, sourceId);
    List<SectionInput> sections = new ArrayList<>();
    for (SectionView s : src.sections()) {
      sections.add(new SectionInput(s.title(), s.items().stream().map(ItemView::text).toList()));
    }
    EvaluationInput input = new EvaluationInput(src.form(), src.title(), src.description(), fiscalYear, src.subject(),
        src.groups(), null, sections, src.questions().stream().map(QuestionView::text).toList());
    EvaluationView copy = create(input, actor);
    audit.record(actor, "evaluation.evaluation.copied", "evaluation", Long.toString(copy.id()),
        "from " + sourceId);
    return copy;
  }

  /**
   * An evaluation with its questions. A DRAFT is seen by ICT officers only; an open or closed one
   * by anyone signed in (to answer it, or to see what was asked).
   */
  public EvaluationView get(long id, Actor actor) {
    Evaluation e = EvaluationReader.find(em, id);
    if (e.getState() == EvaluationState.DRAFT) {
      actor.requireAnyRole(Roles.ICT_OFFICER);
    }
    return EvaluationReader.view(em, e);
  }

  /**
   * The evaluations, newest first, optionally of one state; for ICT officers, directors and
   * auditors.
   */
  public List<EvaluationSummary> list(EvaluationState stateOrNull, Actor actor) {
    actor.requireAnyRole(Roles.ICT_OFFICER, Roles.DIRECTOR, Roles.UNIT_DIRECTOR, Roles.AUDITOR);
    String jpql = "SELECT e FROM Evaluation e" + (stateOrNull == null ? "" : " WHERE e.state = :state")
        + " ORDER BY e.createdAt DESC, e.id DESC";
    var q = em.createQuery(jpql, Evaluation.class);
    if (stateOrNull != null) {
      q.setParameter("state", stateOrNull);
    }
    return q.setMaxResults(500).getResultList().stream().map(e -> EvaluationReader.summary(em, e)).toList();
  }

  /**
   * Closes every OPEN evaluation whose planned closing date is before {@code today}: it stays
   * open all through its last day. Called by the nightly {@link PlannedClosing}.
   *
   * @return the ids closed
   */
  public List<Long> closeDue(LocalDate today, Actor system) {
    List<Evaluation> due = em.createQuery("SELECT e FROM Evaluation e WHERE e.state = :open"
        + " AND e.plannedClose IS NOT NULL AND e.plannedClose < :today", Evaluation.class)
        .setParameter("open", EvaluationState.OPEN).setParameter("today", today).getResultList();
    List<Long> closed = new ArrayList<>();
    for (Evaluation e : due) {
      e.close(OffsetDateTime.now(OfficeTime.ZONE), system.uid());
      audit.record(system, "evaluation.evaluation.closed", "evaluation", e.getId().toString(),
          "planned closing date " + e.getPlannedClose());
      closed.add(e.getId());
    }
    return closed;
  }
}
