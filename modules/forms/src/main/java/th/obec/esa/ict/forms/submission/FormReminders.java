package th.obec.esa.ict.forms.submission;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import th.obec.esa.ict.forms.access.AccessGrant;
import th.obec.esa.ict.forms.api.AccessExpiring;
import th.obec.esa.ict.forms.api.LoanDue;
import th.obec.esa.ict.forms.api.Reminders;
import th.obec.esa.ict.forms.api.WaitingTask;
import th.obec.esa.ict.forms.loan.Loan;
import th.obec.esa.ict.forms.port.AuthorityOption;
import th.obec.esa.ict.forms.workflow.State;
import th.obec.esa.ict.platform.security.Actor;

/**
 * {@link Reminders} from the forms' own data: the inbox through {@link SubmissionService}'s one
 * set of rules (so a mail never says something waits that the inbox page would not show), loans
 * and accesses by their dates.
 */
@Stateless
@Local(Reminders.class)
public class FormReminders implements Reminders {

  @PersistenceContext(unitName = "forms")
  private EntityManager em;

  @EJB
  private SubmissionService submissions;

  @Override
  public List<WaitingTask> waitingFor(Actor actor) {
    return submissions.inbox(actor).stream().map(FormReminders::task).toList();
  }

  @Override
  public Optional<WaitingTask> waitingOn(long submissionId, Actor actor) {
    return submissions.waitingOn(submissionId, actor).map(FormReminders::task);
  }

  @Override
  public List<LoanDue> loansDueOrOverdue(LocalDate today) {
    return em.createQuery("SELECT l, s.numberText, s.requesterUid FROM Loan l, Submission s WHERE s.id = l.submissionId"
        + " AND s.state = :state AND l.handedOutOn IS NOT NULL AND l.returnedOn IS NULL"
        + " AND (l.loanUntil < :today OR l.loanUntil = :tomorrow) ORDER BY l.loanUntil, l.id", Object[].class)
        .setParameter("state", State.IN_PROGRESS).setParameter("today", today)
        .setParameter("tomorrow", today.plusDays(1)).getResultList().stream().map(r -> {
          Loan l = (Loan) r[0];
          return new LoanDue(l.getSubmissionId(), (String) r[1], (String) r[2], l.getAssetNumber(),
              l.view().assetName(), l.getLoanUntil(), (int) Math.max(0, ChronoUnit.DAYS.between(l.getLoanUntil(), today)));
        }).toList();
  }

  @Override
  public List<AccessExpiring> accessesExpiring(LocalDate today, int days) {
    return em.createQuery("SELECT g, s.numberText FROM AccessGrant g, Submission s WHERE s.id = g.submissionId"
        + " AND g.grantedAt IS NOT NULL AND g.endedAt IS NULL AND g.validUntil = :until ORDER BY g.submissionId",
        Object[].class).setParameter("until", today.plusDays(days)).getResultList().stream().map(r -> {
          AccessGrant g = (AccessGrant) r[0];
          return new AccessExpiring(g.getSubmissionId(), (String) r[1], g.getHolderUid(), g.getSystem().thai(),
              g.getRole(), g.getValidUntil());
        }).toList();
  }

  private static WaitingTask task(InboxEntry e) {
    SubmissionSummary s = e.submission();
    // acting for someone only when no option lets the person decide in their own right
    String actingFor = e.options().isEmpty() || e.options().stream().anyMatch(o -> o.actingForUid() == null)
        ? null : e.options().stream().map(AuthorityOption::actingForUid).findFirst().orElse(null);
    return new WaitingTask(s.id(), s.form().name(), s.formName(), s.numberText(), s.subject(),
        s.requesterName() != null ? s.requesterName() : s.contactSchool(), e.task().name(), actingFor);
  }
}
