package th.obec.esa.ict.records.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An F01 collection round with returns not yet sent: due soon ({@code daysOverdue} 0) or past its
 * due date.
 *
 * @param notSent how many of its expected returns have not been sent
 */
public record DueRound(long roundId, String systemLabel, String label, LocalDate dueDate, long daysOverdue, int notSent)
    implements Serializable {}
