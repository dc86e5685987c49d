package th.obec.esa.ict.records.collection;

import java.time.OffsetDateTime;

/** An accepted row of an import: a school expected in the round, and when it sent its data if known. */
public record ImportLine(int line, String code, String name, OffsetDateTime submittedAt) {}
