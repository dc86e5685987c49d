package th.obec.esa.ict.assets.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One entry of an asset's history: what happened ({@code kind}: CREATED, UPDATED,
 * STATUS_CHANGED), who did it, for whom and on what basis.
 */
public record AssetEventView(
    long id,
    long assetId,
    OffsetDateTime at,
    String kind,
    AssetStatus fromStatus,
    AssetStatus toStatus,
    String actorUid,
    String actingForUid,
    String basis,
    String reason,
    String detail) implements Serializable {}
