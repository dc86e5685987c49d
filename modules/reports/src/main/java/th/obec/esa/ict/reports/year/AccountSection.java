package th.obec.esa.ict.reports.year;

import java.math.BigDecimal;
import th.obec.esa.ict.reports.port.AccountFigures;

/**
 * Section 3: accounts (F08) and access to information systems (F14).
 *
 * @param issuedPercent accounts issued of account requests; null when none requested
 * @param grantedPercent access granted of access requests; null when none requested
 */
public record AccountSection(AccountFigures figures, BigDecimal issuedPercent, BigDecimal grantedPercent) {

  public boolean empty() {
    return figures.accountRequests() == 0 && figures.accountsIssued() == 0 && figures.accessRequests() == 0
        && figures.accessGranted() == 0 && figures.accessEnded() == 0;
  }
}
