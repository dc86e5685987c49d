package th.obec.esa.ict.delegation.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A recorded absence, for pages and the REST API; the person is away for [from, until). */
public record AbsenceView(Long id, String personUid, String personName, AbsenceKind kind, OffsetDateTime from,
    OffsetDateTime until, String recordedBy, OffsetDateTime recordedAt, String note) implements Serializable {}
