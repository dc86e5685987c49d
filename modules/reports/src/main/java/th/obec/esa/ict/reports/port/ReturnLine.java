package th.obec.esa.ict.reports.port;

/**
 * The data-collection returns of one central system (DMC, EMIS, B-OBEC…) in a period.
 *
 * @param rounds the collection rounds due in the period
 * @param expected the returns expected in those rounds (schools or units times rounds)
 * @param onTime returned by the due date
 * @param late returned after the due date
 * @param overdue not returned, due date passed
 * @param waiting not returned, due date still ahead
 */
public record ReturnLine(String system, String systemNameTh, int rounds, int expected, int onTime, int late,
    int overdue, int waiting) {}
