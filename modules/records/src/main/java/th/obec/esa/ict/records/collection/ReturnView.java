package th.obec.esa.ict.records.collection;

import java.time.OffsetDateTime;

/** One expected return of a round and where it stands today. */
public record ReturnView(long id, long roundId, SubmitterKind kind, String code, String name, ReturnState state,
    OffsetDateTime submittedAt, String submittedBy, Integer recordsCount, String note, OffsetDateTime recordedAt,
    String recordedBy) {}
