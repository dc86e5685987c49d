package th.obec.esa.ict.assets.register;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import th.obec.esa.ict.assets.api.LocationKind;

/**
 * The descriptive data of an asset, as a registration or an edit supplies it. When a catalogue
 * item is given, the register fills in the edition, and the name and category where blank.
 * Field names match the page's input ids, so a refusal lands next to its field.
 */
public record AssetDetails(
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
    String custodianUid) implements Serializable {

  /** @throws AssetInvalidException naming the first missing or wrong field */
  public void check() {
    if (name == null || name.isBlank()) {
      throw new AssetInvalidException("name", "assets.asset.name.required");
    }
    tooLong("name", name, Asset.NAME_LENGTH);
    tooLong("brand", brand, Asset.TEXT_LENGTH);
    tooLong("model", model, Asset.TEXT_LENGTH);
    tooLong("serialNo", serialNo, Asset.SERIAL_LENGTH);
    tooLong("budgetSource", budgetSource, Asset.NOTE_LENGTH);
    tooLong("procurementRef", procurementRef, Asset.NOTE_LENGTH);
    tooLong("category", category, 200);
    if (acquiredOn == null) {
      throw new AssetInvalidException("acquiredOn", "assets.asset.acquiredOn.required");
    }
    if (price == null) {
      throw new AssetInvalidException("price", "assets.asset.price.required");
    }
    if (price.signum() < 0 || price.scale() > 2 || price.precision() - price.scale() > 12) {
      throw new AssetInvalidException("price", "assets.asset.price.invalid", price.toPlainString());
    }
    if (locationKind == null) {
      throw new AssetInvalidException("locationKind", "assets.asset.locationKind.required");
    }
    if (location == null || location.isBlank()) {
      throw new AssetInvalidException("location", "assets.asset.location.required");
    }
    tooLong("location", location, Asset.NOTE_LENGTH);
    tooLong("custodianUid", custodianUid, 64);
  }

  public AssetDetails withCatalog(Long itemId, Long edition, String itemName, String itemCategory) {
    return new AssetDetails(name == null || name.isBlank() ? itemName : name,
        category == null || category.isBlank() ? itemCategory : category, itemId, edition, brand, model, serialNo,
        acquiredOn, price, budgetSource, procurementRef, locationKind, location, custodianStaffId, custodianUid);
  }

  private static void tooLong(String field, String value, int max) {
    if (value != null && value.strip().length() > max) {
      throw new AssetInvalidException(field, "assets.asset.tooLong", max);
    }
  }
}
