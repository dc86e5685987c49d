package th.obec.esa.ict.records.api;

/**
 * The F01 returns of one central system for the rounds due in a period.
 *
 * @param systemCode DMC, EMIS, B_OBEC, M_OBEC, EFA or OTHER
 * @param systemLabel the system's Thai label, or the free name of another system (each free name is a
 *     figure of its own)
 * @param overdue not sent and the due date passed, as of now
 * @param waiting not sent, still due
 */
public record ReturnFigure(String systemCode, String systemLabel, int rounds, int expected, int onTime, int late,
    int overdue, int waiting) {}
