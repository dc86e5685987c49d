package th.obec.esa.ict.forms.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import th.obec.esa.ict.platform.security.Actor;

/**
 * What the forms module has waiting for people, for reminders (the notifications): the same
 * inbox the inbox page and the home page's "งานที่รอท่าน" show, by the same rules (the ICT unit's
 * reviews and assignments, approvals in one's own right, as stand-in, delegate or by escalation,
 * corrections, jobs), and the loans and accesses whose dates come near. Read-only.
 */
public interface Reminders {

  /** Everything waiting for this person now (their inbox). */
  List<WaitingTask> waitingFor(Actor actor);

  /** Whether this request waits for this person now, and for what. */
  Optional<WaitingTask> waitingOn(long submissionId, Actor actor);

  /** Loans handed out and not back that are due the day after {@code today} or past their last day. */
  List<LoanDue> loansDueOrOverdue(LocalDate today);

  /** Accesses in force whose last day is exactly {@code days} days after {@code today}. */
  List<AccessExpiring> accessesExpiring(LocalDate today, int days);
}
