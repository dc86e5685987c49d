package th.obec.esa.ict.evaluation.answer;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads all the sheets of an evaluation in three queries, in the order they were given. */
public final class AnswerSheets {

  private AnswerSheets() {}

  public static List<AnswerSheet> load(EntityManager em, long evaluationId) {
    List<Response> responses = em.createQuery("SELECT r FROM Response r WHERE r.evaluationId = :id"
        + " ORDER BY r.submittedAt, r.id", Response.class).setParameter("id", evaluationId).getResultList();
    Map<Long, Map<Long, Integer>> ratings = new HashMap<>();
    for (Rating r : em.createQuery("SELECT r FROM Rating r WHERE r.evaluationId = :id", Rating.class)
        .setParameter("id", evaluationId).getResultList()) {
      ratings.computeIfAbsent(r.getResponseId(), k -> new HashMap<>()).put(r.getItemId(), r.getScore());
    }
    Map<Long, Map<Long, String>> open = new HashMap<>();
    for (OpenAnswer a : em.createQuery("SELECT a FROM OpenAnswer a WHERE a.evaluationId = :id", OpenAnswer.class)
        .setParameter("id", evaluationId).getResultList()) {
      open.computeIfAbsent(a.getResponseId(), k -> new HashMap<>()).put(a.getQuestionId(), a.getText());
    }
    List<AnswerSheet> out = new ArrayList<>();
    for (Response r : responses) {
      out.add(new AnswerSheet(r.getId(), r.getGroup(), r.getSchoolName(), r.getSubmittedAt(),
          ratings.getOrDefault(r.getId(), Map.of()), open.getOrDefault(r.getId(), Map.of())));
    }
    return out;
  }

  /** Every score given to the evaluation's items, pooled (for the overall figures). */
  public static List<Integer> allScores(EntityManager em, long evaluationId) {
    return em.createQuery("SELECT r.score FROM Rating r WHERE r.evaluationId = :id", Integer.class)
        .setParameter("id", evaluationId).getResultList();
  }
}
