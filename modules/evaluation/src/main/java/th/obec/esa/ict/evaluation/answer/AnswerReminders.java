package th.obec.esa.ict.evaluation.answer;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import th.obec.esa.ict.evaluation.api.EvaluationReminders;
import th.obec.esa.ict.evaluation.api.EvaluationToAnswer;
import th.obec.esa.ict.evaluation.form.Evaluation;
import th.obec.esa.ict.evaluation.form.EvaluationState;

/** {@link EvaluationReminders} by the same test as the home page's count ({@link AnswerService#toAnswer}). */
@Stateless
@Local(EvaluationReminders.class)
public class AnswerReminders implements EvaluationReminders {

  @PersistenceContext(unitName = "evaluation")
  private EntityManager em;

  @Override
  public List<EvaluationToAnswer> toAnswer(String uid, OffsetDateTime from, OffsetDateTime to) {
    return em.createQuery("SELECT e FROM Evaluation e WHERE e.state = :open AND e.openedAt >= :from AND e.openedAt < :to AND NOT EXISTS"
        + " (SELECT r.id FROM Response r WHERE r.evaluationId = e.id AND r.respondentUid = :uid)"
        + " ORDER BY e.openedAt DESC, e.id DESC", Evaluation.class)
        .setParameter("open", EvaluationState.OPEN).setParameter("from", from).setParameter("to", to).setParameter("uid", uid)
        .getResultList().stream()
        .map(e -> new EvaluationToAnswer(e.getId(), e.getForm().name(), e.getTitle(), e.getPlannedClose())).toList();
  }
}
