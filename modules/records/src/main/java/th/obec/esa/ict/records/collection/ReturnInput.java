package th.obec.esa.ict.records.collection;

import java.time.OffsetDateTime;

/**
 * A return as recorded by the ICT officer.
 *
 * @param submittedAt when the submitter sent it; null for now
 * @param submittedBy who sent it (a name, e.g. the school's data officer)
 * @param recordsCount how many records were sent (e.g. students); optional
 */
public record ReturnInput(OffsetDateTime submittedAt, String submittedBy, Integer recordsCount, String note) {}
