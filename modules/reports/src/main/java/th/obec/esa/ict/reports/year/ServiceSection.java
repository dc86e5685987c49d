package th.obec.esa.ict.reports.year;

import java.math.BigDecimal;
import th.obec.esa.ict.reports.port.LoanFigures;
import th.obec.esa.ict.reports.port.RepairFigures;

/**
 * Section 2: repairs (F03) and loans (F04).
 *
 * @param repairsCompletedPercent completed of received; null when none received
 * @param loansReturnedPercent returned of loans; null when no loans
 * @param loansLatePercent returned late of returned; null when none returned
 */
public record ServiceSection(RepairFigures repairs, BigDecimal repairsCompletedPercent, LoanFigures loans,
    BigDecimal loansReturnedPercent, BigDecimal loansLatePercent) {

  public boolean repairsEmpty() {
    return repairs.received() == 0 && repairs.completed() == 0;
  }

  public boolean loansEmpty() {
    return loans.loans() == 0 && loans.returned() == 0 && loans.overdueNow() == 0;
  }

  public boolean empty() {
    return repairsEmpty() && loansEmpty();
  }
}
