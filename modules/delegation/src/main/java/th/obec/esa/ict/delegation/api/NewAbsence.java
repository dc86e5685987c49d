package th.obec.esa.ict.delegation.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** An absence to record: {@code personUid} is away for [{@code from}, {@code until}). */
public record NewAbsence(String personUid, AbsenceKind kind, OffsetDateTime from, OffsetDateTime until, String note)
    implements Serializable {}
