package th.obec.esa.ict.assets.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An asset as other modules and the web layer see it. {@code version} is the optimistic-lock
 * version an edit must present; {@code bookValue} is null where the office keeps no
 * depreciation policy for the asset's category.
 */
public record AssetView(
    long id,
    String assetNumber,
    String name,
    String category,
    Long catalogItemId,
    Long editionId,
    String brand,
    String model,
    String serialNo,
    LocalDate acquiredOn,
    BigDecimal price,
    String budgetSource,
    String procurementRef,
    LocationKind locationKind,
    String location,
    Long custodianStaffId,
    String custodianUid,
    AssetStatus status,
    OffsetDateTime statusChangedAt,
    BigDecimal bookValue,
    long version) implements Serializable {}
