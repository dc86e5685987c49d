package th.obec.esa.ict.traffic.retention;

import java.time.OffsetDateTime;

/** What a purge removed: rows, in how many runs, older than which instant. */
public record PurgeResult(OffsetDateTime cutoff, long rows, int runs) {}
