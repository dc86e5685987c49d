package th.obec.esa.ict.assets.api;

import java.io.Serializable;

/**
 * Filters of the asset list; every field may be null (no filter). {@code text} is matched,
 * case-insensitively and anywhere, against number, serial, name, brand, model and location.
 */
public record AssetQuery(
    String text,
    AssetStatus status,
    Long custodianStaffId,
    String custodianUid,
    Long editionId,
    Long catalogItemId) implements Serializable {

  public AssetQuery {
    text = text == null || text.isBlank() ? null : text.strip();
    custodianUid = custodianUid == null || custodianUid.isBlank() ? null : custodianUid.strip();
  }

  public static AssetQuery all() {
    return new AssetQuery(null, null, null, null, null, null);
  }

  public static AssetQuery text(String text) {
    return new AssetQuery(text, null, null, null, null, null);
  }

  public AssetQuery withStatus(AssetStatus s) {
    return new AssetQuery(text, s, custodianStaffId, custodianUid, editionId, catalogItemId);
  }
}
