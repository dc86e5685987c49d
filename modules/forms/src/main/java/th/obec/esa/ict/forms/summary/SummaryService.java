package th.obec.esa.ict.forms.summary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import th.obec.esa.ict.forms.submission.Submission;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.platform.time.FiscalYear;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.platform.time.ThaiDates;

/**
 * Produces the F10 summary from what the forms recorded, never typed in again: the requests'
 * filing, decision and closing times, the accounts created and the access granted and ended.
 * Read by the ICT unit, the directors and auditors.
 */
@Stateless
public class SummaryService {

  @PersistenceContext(unitName = "forms")
  private EntityManager em;

  /** The summary of a calendar month. */
  public WorkSummary month(YearMonth month, Actor actor) {
    String label = ThaiDates.formatLong(month.atDay(1), ThaiDates.THAI).replaceFirst("^\\S+\\s", "");
    return summary(label, month.atDay(1), month.atEndOfMonth(), actor);
  }

  /** The summary of a fiscal year named by its Buddhist-era year (1 October to 30 September). */
  public WorkSummary fiscalYear(int buddhistYear, Actor actor) {
    FiscalYear fy = new FiscalYear(buddhistYear);
    return summary("ปีงบประมาณ พ.ศ. " + buddhistYear, fy.firstDay(), fy.lastDay(), actor);
  }

  private WorkSummary summary(String label, LocalDate first, LocalDate last, Actor actor) {
    actor.requireAnyRole(Roles.ICT_OFFICER, Roles.DIRECTOR, Roles.UNIT_DIRECTOR, Roles.AUDITOR);
    OffsetDateTime from = first.atStartOfDay(OfficeTime.ZONE).toOffsetDateTime();
    OffsetDateTime to = last.plusDays(1).atStartOfDay(OfficeTime.ZONE).toOffsetDateTime();
    List<RequestFacts> facts = em.createQuery("SELECT s FROM Submission s WHERE s.submittedOn IS NOT NULL AND ("
        + "(s.createdAt >= :from AND s.createdAt < :to) OR (s.decidedAt >= :from AND s.decidedAt < :to)"
        + " OR (s.closedAt >= :from AND s.closedAt < :to))", Submission.class)
        .setParameter("from", from).setParameter("to", to).getResultList().stream()
        .map(s -> new RequestFacts(s.getForm(), s.getState(), s.getCreatedAt(), s.getDecidedAt(), s.getClosedAt()))
        .toList();
    List<FormLine> lines = SummaryRules.lines(facts, from, to);
    long accounts = count("AccountDetail.issuedBetween", from, to);
    long granted = count("AccessGrant.grantedBetween", from, to);
    long ended = count("AccessGrant.endedBetween", from, to);
    return new WorkSummary(label, first, last, accounts, granted, ended, lines,
        lines.stream().mapToInt(FormLine::received).sum(), lines.stream().mapToInt(FormLine::completed).sum());
  }

  private long count(String query, OffsetDateTime from, OffsetDateTime to) {
    return em.createNamedQuery(query, Long.class).setParameter("from", from).setParameter("to", to).getSingleResult();
  }
}
