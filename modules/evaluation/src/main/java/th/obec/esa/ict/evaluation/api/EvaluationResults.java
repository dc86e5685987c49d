package th.obec.esa.ict.evaluation.api;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import th.obec.esa.ict.evaluation.answer.AnswerSheets;
import th.obec.esa.ict.evaluation.form.Evaluation;
import th.obec.esa.ict.evaluation.form.EvaluationForm;
import th.obec.esa.ict.evaluation.form.EvaluationReader;
import th.obec.esa.ict.evaluation.form.EvaluationService;
import th.obec.esa.ict.evaluation.form.EvaluationState;
import th.obec.esa.ict.evaluation.stats.ScoreStats;
import th.obec.esa.ict.evaluation.stats.Statistics;
import th.obec.esa.ict.platform.time.OfficeTime;

/**
 * Evaluation results for the other modules (through the lead's adapters). No actor: the callers
 * decide who may see them. Figures are the same as the F12's overall row.
 */
@Stateless
public class EvaluationResults {

  @PersistenceContext(unitName = "evaluation")
  private EntityManager em;

  /**
   * The evaluations answered during a period: opened on or before {@code to} and not closed before
   * {@code from} (still open, or closed within or after the period); oldest opening first.
   */
  public List<EvaluationOutcome> results(LocalDate from, LocalDate to) {
    OffsetDateTime start = from.atStartOfDay(OfficeTime.ZONE).toOffsetDateTime();
    OffsetDateTime end = to.plusDays(1).atStartOfDay(OfficeTime.ZONE).toOffsetDateTime();
    List<Evaluation> found = em.createQuery("SELECT e FROM Evaluation e WHERE e.state <> :draft"
        + " AND e.openedAt < :end AND (e.closedAt IS NULL OR e.closedAt >= :start)"
        + " ORDER BY e.openedAt, e.id", Evaluation.class)
        .setParameter("draft", EvaluationState.DRAFT).setParameter("start", start).setParameter("end", end)
        .getResultList();
    return found.stream().map(this::outcome).toList();
  }

  private EvaluationOutcome outcome(Evaluation e) {
    ScoreStats overall = Statistics.of(AnswerSheets.allScores(em, e.getId()));
    return new EvaluationOutcome(e.getId(), e.getForm().name(), e.getTitle(), e.getSubject(), e.getFiscalYear(),
        e.getState().name(), day(e.getOpenedAt()), day(e.getClosedAt()), EvaluationReader.respondents(em, e.getId()),
        overall.mean(), overall.sd(), overall.band() == null ? null : overall.band().thai(),
        overall.band() == null ? null : overall.band().english());
  }

  /**
   * The newest evaluations (by creation) of the given forms, drafts included.
   *
   * @param formCodes e.g. {"F11", "F22"}; unknown codes are ignored; empty for none
   * @param max at most this many (capped at 500)
   */
  public List<EvaluationCase> cases(Set<String> formCodes, int max) {
    List<EvaluationForm> forms = formCodes.stream()
        .filter(c -> c != null && java.util.Arrays.stream(EvaluationForm.values()).anyMatch(f -> f.name().equals(c)))
        .map(EvaluationForm::valueOf).toList();
    if (forms.isEmpty() || max <= 0) {
      return List.of();
    }
    return em.createQuery("SELECT e FROM Evaluation e WHERE e.form IN :forms ORDER BY e.createdAt DESC, e.id DESC",
        Evaluation.class).setParameter("forms", forms).setMaxResults(Math.min(max, 500)).getResultList().stream()
        .map(e -> new EvaluationCase(e.getId(), e.getForm().name(), e.getTitle(), e.getSubject(), e.getFiscalYear(),
            e.getState().name(), day(e.getOpenedAt()), day(e.getClosedAt()),
            EvaluationReader.respondents(em, e.getId())))
        .toList();
  }

  private static LocalDate day(OffsetDateTime t) {
    return t == null ? null : t.atZoneSameInstant(OfficeTime.ZONE).toLocalDate();
  }
}
