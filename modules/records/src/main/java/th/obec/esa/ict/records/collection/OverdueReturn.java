package th.obec.esa.ict.records.collection;

import java.time.LocalDate;

/** A return not sent although its round's due date has passed: whom to call, and since when. */
public record OverdueReturn(long returnId, long roundId, CentralSystem system, String systemLabel, String roundLabel,
    LocalDate dueDate, long daysOverdue, SubmitterKind kind, String code, String name) {}
