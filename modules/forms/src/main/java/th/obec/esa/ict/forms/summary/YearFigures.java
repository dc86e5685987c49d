package th.obec.esa.ict.forms.summary;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the forms recorded about the requests filed in a period, for a yearly report: each form's
 * requests and what became of them, repairs, loans, accounts and access.
 */
public record YearFigures(List<OutcomeLine> requests, Repairs repairs, Loans loans, Accounts accounts) {

  /** The repairs (F03) filed in the period. */
  public record Repairs(int received, int completed, BigDecimal meanDaysToComplete, BigDecimal partsCost) {}

  /** The loans (F04) filed in the period: lent out, back, back after the due date, still out past it. */
  public record Loans(int loans, int returned, int returnedLate, int overdueNow) {}

  /** Account requests (F08) and access requests (F14) filed, accounts issued and access granted/ended. */
  public record Accounts(int accountRequests, int accountsIssued, int accessRequests, int accessGranted,
      int accessEnded) {}
}
