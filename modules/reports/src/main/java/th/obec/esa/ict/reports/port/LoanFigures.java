package th.obec.esa.ict.reports.port;

/**
 * Equipment loans (F04) of a period.
 *
 * @param loans loans handed out in the period
 * @param returned of them, returned
 * @param returnedLate of the returned, returned after the due date
 * @param overdueNow loans (of any period) not returned and past their due date today
 */
public record LoanFigures(int loans, int returned, int returnedLate, int overdueNow) {}
