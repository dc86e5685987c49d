package th.obec.esa.ict.forms.plan;

import static th.obec.esa.ict.platform.BusinessException.field;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import th.obec.esa.ict.forms.api.PlanInput;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.port.PersonSummary;
import th.obec.esa.ict.forms.port.StaffPort;
import th.obec.esa.ict.forms.submission.DetailFiling;
import th.obec.esa.ict.forms.submission.Submission;
import th.obec.esa.ict.forms.workflow.State;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.time.FiscalYear;
import th.obec.esa.ict.platform.time.OfficeTime;

/**
 * PLN: checks a yearly plan (its year, its activities, each responsible person on the staff list of
 * the order in force, one live plan per process and year) and stores it beside its submission.
 */
@ApplicationScoped
public class PlanFiling implements DetailFiling<PlanDetail> {

  /** States in which a plan no longer stands: another may be filed for its process and year. */
  static final Set<State> GONE = Set.of(State.REJECTED, State.WITHDRAWN);

  @PersistenceContext(unitName = "forms")
  private EntityManager em;

  @Inject
  private StaffPort staff;

  @Override
  public Set<FormCode> forms() {
    return Set.of(FormCode.PLN);
  }

  @Override
  public Class<PlanDetail> type() {
    return PlanDetail.class;
  }

  @Override
  public void store(long submissionId, PlanDetail detail) {
    Submission s = em.find(Submission.class, submissionId);
    if (s.getProcessNo() == null) {
      throw new BusinessException(field("process"), "forms.plan.processRequired");
    }
    FiscalYear year = PlanRules.year(detail.fiscalYear(), FiscalYear.of(LocalDate.now(OfficeTime.clock())).buddhistYear());
    PlanRules.activities(year, detail.activities());
    List<String> existing = em.createQuery("SELECT s.numberText FROM Plan p, Submission s WHERE s.id = p.submissionId"
        + " AND p.processNo = :process AND p.fiscalYear = :year AND s.state NOT IN :gone AND s.id <> :id", String.class)
        .setParameter("process", s.getProcessNo()).setParameter("year", year.buddhistYear()).setParameter("gone", GONE)
        .setParameter("id", submissionId).getResultList();
    if (!existing.isEmpty()) {
      throw new BusinessException(field("fiscalYear"), "forms.plan.exists", s.getProcessNo(), year.buddhistYear(),
          existing.get(0) == null ? "-" : existing.get(0));
    }
    em.persist(new Plan(submissionId, s.getProcessNo(), year.buddhistYear(), PlanRules.budget(detail.activities())));
    int no = 0;
    for (PlanInput.Activity a : detail.activities()) {
      no++;
      int n = no;
      PersonSummary p = staff.person(a.responsibleUid().strip()).orElseThrow(() -> new BusinessException(
          field("activities"), "forms.plan.activity.responsibleUnknown", n, a.responsibleUid().strip()));
      em.persist(new PlanActivity(submissionId, no, a.title().strip(), a.startsOn(), a.endsOn(), p.uid(),
          p.thaiName(), p.position(), a.budget() == null ? BigDecimal.ZERO : a.budget()));
    }
  }
}
