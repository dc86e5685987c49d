package th.obec.esa.ict.delegation.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** Filters of the acting record; each may be null (no filter). The period is [from, to). */
public record ActingRecordQuery(String actorUid, String onBehalfOf, OffsetDateTime from, OffsetDateTime to)
    implements Serializable {}
