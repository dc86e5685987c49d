package th.obec.esa.ict.forms.summary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.submission.Submission;
import th.obec.esa.ict.forms.workflow.State;
import th.obec.esa.ict.platform.time.OfficeTime;

/**
 * The forms' figures for the yearly report (F21) and the work processes' live cases. No actor:
 * the callers (the reports module, through its ports) decide who reads them.
 */
@Stateless
public class FiguresService {

  @PersistenceContext(unitName = "forms")
  private EntityManager em;

  /** The requests filed from {@code from} to {@code to} (both included) and what became of them. */
  public YearFigures figures(LocalDate from, LocalDate to) {
    // the four columns the rules need, not the requests: a year of an office is some 20,000 of them
    List<FiguresRules.Filed> facts = em.createQuery("SELECT s.form, s.state, s.createdAt, s.closedAt"
        + " FROM Submission s WHERE s.submittedOn BETWEEN :from AND :to", Object[].class)
        .setParameter("from", from).setParameter("to", to).getResultList().stream()
        .map(r -> new FiguresRules.Filed((FormCode) r[0], (State) r[1], (OffsetDateTime) r[2], (OffsetDateTime) r[3]))
        .toList();
    List<OutcomeLine> lines = FiguresRules.outcomes(facts);
    OutcomeLine repairLine = lines.stream().filter(l -> l.form() == FormCode.F03).findFirst().orElse(null);
    BigDecimal parts = em.createQuery("SELECT SUM(w.partsCost) FROM WorkLog w, Submission s WHERE s.id = w.submissionId"
        + " AND s.form = :form AND s.submittedOn BETWEEN :from AND :to", BigDecimal.class)
        .setParameter("form", FormCode.F03).setParameter("from", from).setParameter("to", to).getSingleResult();
    YearFigures.Repairs repairs = new YearFigures.Repairs(repairLine == null ? 0 : repairLine.received(),
        repairLine == null ? 0 : repairLine.completed(),
        FiguresRules.meanDaysToComplete(facts.stream().filter(f -> f.form() == FormCode.F03).toList()),
        parts == null ? BigDecimal.ZERO : parts);
    List<FiguresRules.Lent> lent = em.createQuery("SELECT l.loanUntil, l.handedOutOn, l.returnedOn FROM Loan l,"
        + " Submission s WHERE s.id = l.submissionId AND s.submittedOn BETWEEN :from AND :to", Object[].class)
        .setParameter("from", from).setParameter("to", to).getResultList().stream()
        .map(r -> new FiguresRules.Lent((LocalDate) r[0], (LocalDate) r[1], (LocalDate) r[2])).toList();
    YearFigures.Loans recorded = FiguresRules.loans(lent, LocalDate.now(OfficeTime.ZONE));
    // requests kept on paper and imported (forms.register) carry no loan, account or grant rows:
    // a loan request closed as done was lent and returned, an account request done was issued
    int paperLoans = doneWithout(FormCode.F04, "Loan", from, to);
    YearFigures.Loans loans = new YearFigures.Loans(recorded.loans() + paperLoans, recorded.returned() + paperLoans,
        recorded.returnedLate(), recorded.overdueNow());
    OffsetDateTime start = from.atStartOfDay(OfficeTime.ZONE).toOffsetDateTime();
    OffsetDateTime end = to.plusDays(1).atStartOfDay(OfficeTime.ZONE).toOffsetDateTime();
    YearFigures.Accounts accounts = new YearFigures.Accounts(received(lines, FormCode.F08),
        (int) count("AccountDetail.issuedBetween", start, end) + doneWithout(FormCode.F08, "AccountDetail", from, to),
        received(lines, FormCode.F14),
        (int) count("AccessGrant.grantedBetween", start, end) + doneWithout(FormCode.F14, "AccessGrant", from, to),
        (int) count("AccessGrant.endedBetween", start, end));
    return new YearFigures(lines, repairs, loans, accounts);
  }

  /** The newest filed requests of these forms (drafts are their writer's own and never listed). */
  public List<SubmissionCase> cases(int process, Set<FormCode> forms, int max) {
    if (forms.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT s FROM Submission s WHERE s.processNo = :process AND s.form IN :forms"
        + " AND s.state <> :draft ORDER BY s.createdAt DESC", Submission.class)
        .setParameter("process", process).setParameter("forms", forms).setParameter("draft", State.DRAFT).setMaxResults(max).getResultList().stream()
        .map(s -> new SubmissionCase(s.getId(), s.getForm(), s.getNumberText(), s.getSubject(), s.getState(),
            s.getSubmittedOn()))
        .toList();
  }

  /** Requests of a form filed in the period, done, with no row of their detail entity: imported from paper. */
  private int doneWithout(FormCode form, String detailEntity, LocalDate from, LocalDate to) {
    return em.createQuery("SELECT COUNT(s) FROM Submission s WHERE s.form = :form AND s.state = :done"
        + " AND s.submittedOn BETWEEN :from AND :to AND NOT EXISTS (SELECT d FROM " + detailEntity
        + " d WHERE d.submissionId = s.id)", Long.class)
        .setParameter("form", form).setParameter("done", State.DONE).setParameter("from", from).setParameter("to", to)
        .getSingleResult().intValue();
  }

  private static int received(List<OutcomeLine> lines, FormCode form) {
    return lines.stream().filter(l -> l.form() == form).mapToInt(OutcomeLine::received).sum();
  }

  private long count(String query, OffsetDateTime from, OffsetDateTime to) {
    return em.createNamedQuery(query, Long.class).setParameter("from", from).setParameter("to", to).getSingleResult();
  }
}
