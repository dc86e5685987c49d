package th.obec.esa.ict.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.obec.esa.ict.evaluation.answer.AnswerService;
import java.time.LocalDate;
import java.util.List;
import th.obec.esa.ict.forms.loan.LoanService;
import th.obec.esa.ict.forms.loan.OverdueLoan;
import th.obec.esa.ict.forms.submission.SubmissionService;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.records.collection.CollectionService;

/**
 * The home page's "what waits for me": requests to review or approve, one's own requests still
 * open, evaluations not yet answered, what they borrowed and have not brought back in time and,
 * for the ICT group, the F01 returns past their due date. The same news goes by mail when an SMTP
 * server is configured (the notifications module).
 * Each count links to the page that deals with it.
 */
@Named
@RequestScoped
public class HomeBacking {

  @EJB
  private SubmissionService forms;

  @EJB
  private AnswerService answers;

  @EJB
  private CollectionService collections;

  @EJB
  private LoanService loans;

  @Inject
  private CurrentUser currentUser;

  @EJB
  private th.obec.esa.ict.delegation.absence.AbsenceService absences;

  private List<th.obec.esa.ict.delegation.api.AbsenceView> recordedByOthers;

  @EJB
  private th.obec.esa.ict.delegation.grant.DelegationService delegations;

  private long delegationsToConfirm = -1;

  private int inbox;
  private long myOpen;
  private long toAnswer;
  private int overdueReturns = -1;
  private List<OverdueLoan> overdueLoans = List.of();

  public void load() {
    SubmissionService.Overview mine = forms.overview(currentUser.actor());
    inbox = mine.waiting();
    myOpen = mine.openOwn();
    toAnswer = answers.toAnswer(currentUser.actor());
    overdueLoans = loans.overdueFor(currentUser.actor().uid(), LocalDate.now(OfficeTime.ZONE));
    if (currentUser.isInRole(Roles.ICT_OFFICER)) {
      try {
        overdueReturns = collections.overdue(currentUser.actor()).size();
      } catch (BusinessException e) {
        overdueReturns = -1;
      }
    }
  }

  /**
   * Absences someone else recorded for the user (or, for the area director, for anyone): they moved
   * a power at once, so the person concerned can say "not me" and undo it here.
   */
  public List<th.obec.esa.ict.delegation.api.AbsenceView> getRecordedByOthers() {
    if (recordedByOthers == null) {
      recordedByOthers = absences.recordedByOthersFor(currentUser.actor());
    }
    return recordedByOthers;
  }

  /** How many delegations entered for someone else wait for this user's confirmation (four eyes). */
  public long getDelegationsToConfirm() {
    if (delegationsToConfirm < 0) {
      delegationsToConfirm = delegations.pendingFor(currentUser.actor()).stream()
          .filter(th.obec.esa.ict.delegation.api.PendingDelegation::mayConfirm).count();
    }
    return delegationsToConfirm;
  }

  /** "Not me / undo": ends the absence now (withdraws it when it has not begun). */
  public void undoAbsence(long id) {
    try {
      absences.end(currentUser.actor(), id);
      th.obec.esa.ict.web.shell.Messages.info("home.absenceUndone");
    } catch (BusinessException e) {
      th.obec.esa.ict.web.shell.Messages.error(e);
    }
    recordedByOthers = null;
    load();
  }

  public int getInbox() { return inbox; }
  public long getMyOpen() { return myOpen; }
  public long getToAnswer() { return toAnswer; }
  public int getOverdueReturns() { return overdueReturns; }
  public List<OverdueLoan> getOverdueLoans() { return overdueLoans; }
}
