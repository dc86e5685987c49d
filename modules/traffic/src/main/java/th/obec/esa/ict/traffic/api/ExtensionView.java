package th.obec.esa.ict.traffic.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An official order to keep traffic records longer, as the auditors' page lists it.
 *
 * @param coversFrom the first instant of the records it covers
 * @param coversTo the end (exclusive) of the records it covers
 * @param keptUntil the day until which the purge spares them
 */
public record ExtensionView(long id, String orderNo, String orderedBy, OffsetDateTime coversFrom,
    OffsetDateTime coversTo, LocalDate keptUntil, String reason, String recordedBy, OffsetDateTime recordedAt)
    implements Serializable {}
