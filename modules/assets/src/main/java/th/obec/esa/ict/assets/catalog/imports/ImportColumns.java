package th.obec.esa.ict.assets.catalog.imports;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The column layout of an edition file (documented in docs/assets.md). The first row names the
 * columns, in any order; English or Thai names are accepted, case and spaces ignored.
 */
public final class ImportColumns {

  public static final String ITEM_NO = "item_no";
  public static final String CATEGORY = "category";
  public static final String NAME_TH = "name_th";
  public static final String NAME_EN = "name_en";
  public static final String UNIT = "unit";
  public static final String PRICE = "price";
  public static final String SOURCE_PAGE = "source_page";
  public static final String SPEC = "spec";

  /** Every column, in the order an export writes them. */
  public static final List<String> ALL = List.of(ITEM_NO, CATEGORY, NAME_TH, NAME_EN, UNIT, PRICE, SOURCE_PAGE, SPEC);

  /** Columns a file must have. */
  public static final List<String> REQUIRED = List.of(ITEM_NO, NAME_TH, PRICE);

  private static final Map<String, String> THAI = Map.of(
      "ลำดับ", ITEM_NO, "ข้อ", ITEM_NO, "หมวด", CATEGORY, "ชื่อ", NAME_TH, "ชื่อภาษาอังกฤษ", NAME_EN,
      "หน่วย", UNIT, "ราคา", PRICE, "หน้า", SOURCE_PAGE, "คุณลักษณะ", SPEC);

  private ImportColumns() {}

  /** The column a header cell names, or null if it names none of ours. */
  public static String canonical(String header) {
    if (header == null) {
      return null;
    }
    String h = header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replace(' ', '_');
    if (ALL.contains(h)) {
      return h;
    }
    return THAI.get(header.replace("\uFEFF", "").strip());
  }
}
