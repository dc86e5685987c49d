package th.obec.esa.ict.reports.port;

import java.math.BigDecimal;

/**
 * Repair requests (F03) of a period.
 *
 * @param meanDaysToComplete from filing to completion, of those completed; null when none
 * @param partsCost the baht spent on parts of the repairs completed; zero when none
 */
public record RepairFigures(int received, int completed, BigDecimal meanDaysToComplete, BigDecimal partsCost) {}
