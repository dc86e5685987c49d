package th.obec.esa.ict.evaluation.form;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import th.obec.esa.ict.platform.BusinessException;

/**
 * Reads an evaluation with its sections, items and questions into an {@link EvaluationView};
 * shared by the services of this module (answers, report), which never hand entities out.
 */
public final class EvaluationReader {

  private EvaluationReader() {}

  /** @throws BusinessException evaluation.evaluation.notFound */
  public static Evaluation find(EntityManager em, long id) {
    Evaluation e = em.find(Evaluation.class, id);
    if (e == null) {
      throw new BusinessException("evaluation.evaluation.notFound", id);
    }
    return e;
  }

  public static EvaluationView view(EntityManager em, long id) {
    return view(em, find(em, id));
  }

  public static EvaluationView view(EntityManager em, Evaluation e) {
    List<Section> sections = em.createNamedQuery("Section.of", Section.class).setParameter("id", e.getId())
        .getResultList();
    Map<Long, List<Item>> items = em.createNamedQuery("Item.of", Item.class).setParameter("id", e.getId())
        .getResultList().stream().collect(Collectors.groupingBy(Item::getSectionId));
    List<SectionView> sectionViews = new ArrayList<>();
    int number = 0;
    for (Section s : sections) {
      List<ItemView> itemViews = new ArrayList<>();
      List<Item> ofSection = new ArrayList<>(items.getOrDefault(s.getId(), List.of()));
      ofSection.sort(Comparator.comparingInt(Item::getOrdinal));
      for (Item i : ofSection) {
        itemViews.add(new ItemView(i.getId(), ++number, i.getWording()));
      }
      sectionViews.add(new SectionView(s.getId(), s.getOrdinal(), s.getTitle(), itemViews));
    }
    List<QuestionView> questions = em.createNamedQuery("Question.of", Question.class).setParameter("id", e.getId())
        .getResultList().stream().map(q -> new QuestionView(q.getId(), q.getOrdinal(), q.getWording())).toList();
    return new EvaluationView(e.getId(), e.getForm(), e.getTitle(), e.getDescription(), e.getFiscalYear(),
        e.getSubject(), e.groups(), e.isAnonymous(), e.getState(), e.getPlannedClose(), e.getCreatedAt(),
        e.getCreatedBy(), e.getOpenedAt(), e.getOpenedBy(), e.getClosedAt(), e.getClosedBy(), e.getVersion(),
        sectionViews, questions);
  }

  /** How many answer sheets an evaluation has. */
  public static long respondents(EntityManager em, long evaluationId) {
    return em.createQuery("SELECT COUNT(r) FROM Response r WHERE r.evaluationId = :id", Long.class)
        .setParameter("id", evaluationId).getSingleResult();
  }

  public static EvaluationSummary summary(EntityManager em, Evaluation e) {
    return summary(e, respondents(em, e.getId()));
  }

  /** The summary with its respondents already counted (for lists: see {@link #respondents(EntityManager, java.util.List)}). */
  public static EvaluationSummary summary(Evaluation e, long respondents) {
    return new EvaluationSummary(e.getId(), e.getForm(), e.getTitle(), e.getSubject(), e.getFiscalYear(), e.groups(),
        e.isAnonymous(), e.getState(), e.getPlannedClose(), e.getOpenedAt(), e.getClosedAt(), respondents);
  }

  /** The respondents of each evaluation, in one query; an evaluation nobody answered is absent. */
  public static java.util.Map<Long, Long> respondents(EntityManager em, java.util.List<Long> evaluationIds) {
    java.util.Map<Long, Long> out = new java.util.HashMap<>();
    if (!evaluationIds.isEmpty()) {
      for (Object[] row : em.createQuery("SELECT r.evaluationId, COUNT(r) FROM Response r WHERE r.evaluationId IN :ids"
          + " GROUP BY r.evaluationId", Object[].class).setParameter("ids", evaluationIds).getResultList()) {
        out.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
      }
    }
    return out;
  }
}
