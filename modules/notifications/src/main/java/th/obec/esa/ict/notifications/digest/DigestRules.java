package th.obec.esa.ict.notifications.digest;

import java.util.List;
import th.obec.esa.ict.core.api.Person;
import th.obec.esa.ict.evaluation.api.EvaluationToAnswer;
import th.obec.esa.ict.forms.api.AccessExpiring;
import th.obec.esa.ict.forms.api.LoanDue;
import th.obec.esa.ict.forms.api.SubmissionStepped;
import th.obec.esa.ict.forms.api.WaitingTask;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.records.api.DueRound;

/**
 * Who gets what in the daily digest. Everyone: what waits for them (their inbox, by the forms'
 * rules), what they borrowed that is due tomorrow or overdue, their accesses ending in 14 days,
 * the evaluations opened yesterday they have not answered. Requesters: yesterday's decisions on
 * their requests, unless they chose to hear of decisions at once (then they had them already).
 * The ICT group (role ict-officer): the F01 rounds due in 3 days or overdue with returns not sent.
 */
public final class DigestRules {

  /** Days before an access ends that its holder hears of it. */
  public static final int ACCESS_DAYS = 14;
  /** Days before an F01 round is due that the ICT group hears of it. */
  public static final int RETURN_DAYS = 3;

  private DigestRules() {}

  /** The facts of the day, read once for everyone. */
  public record Facts(List<SubmissionStepped> decidedYesterday, List<LoanDue> loans, List<AccessExpiring> accesses,
      List<DueRound> returns) {}

  public static DigestContent contentFor(Person p, boolean immediateDecisions, Facts facts, List<WaitingTask> waiting,
      List<EvaluationToAnswer> evaluations) {
    List<SubmissionStepped> decided = immediateDecisions ? List.of()
        : facts.decidedYesterday().stream().filter(e -> p.uid().equals(e.requesterUid()))
            .filter(e -> !p.uid().equals(e.actorUid())).toList();
    List<LoanDue> loans = facts.loans().stream().filter(l -> p.uid().equals(l.borrowerUid())).toList();
    List<AccessExpiring> accesses = facts.accesses().stream().filter(a -> p.uid().equals(a.holderUid())).toList();
    List<DueRound> returns = p.roles().contains(Roles.ICT_OFFICER) ? facts.returns() : List.of();
    return new DigestContent(List.copyOf(waiting), decided, loans, accesses, returns, List.copyOf(evaluations));
  }
}
