package th.obec.esa.ict.assets.register;

import java.util.Arrays;
import java.util.List;
import th.obec.esa.ict.assets.api.AssetView;
import java.util.stream.Stream;
import th.obec.esa.ict.platform.text.CsvCells;
import th.obec.esa.ict.platform.time.ThaiDates;

/**
 * The columns of the register's CSV export. Dates are written dd/MM/yyyy in the Buddhist era,
 * as the office's staff read and type them; amounts plain, with a dot.
 */
public final class AssetCsv {

  public static final String[] HEADER = {"asset_number", "name", "category", "brand", "model", "serial_no",
      "acquired_on", "price", "book_value", "budget_source", "procurement_ref", "location_kind", "location",
      "custodian_staff_id", "custodian_uid", "status", "edition_id", "catalog_item_id"};

  private AssetCsv() {}

  public static List<String> header() {
    return Arrays.asList(HEADER);
  }

  /** One asset's row; every text cell through the one CSV rule ({@link CsvCells}). */
  public static List<Object> row(AssetView a) {
    return Stream.of(a.assetNumber(), a.name(), a.category(), a.brand(), a.model(), a.serialNo(),
        a.acquiredOn() == null ? null : ThaiDates.formatNumeric(a.acquiredOn()),
        a.price() == null ? null : a.price().toPlainString(),
        a.bookValue() == null ? null : a.bookValue().toPlainString(), a.budgetSource(), a.procurementRef(),
        a.locationKind() == null ? null : a.locationKind().name(), a.location(), a.custodianStaffId(), a.custodianUid(),
        a.status().name(), a.editionId(), a.catalogItemId()).map(CsvCells::cell).toList();
  }
}
