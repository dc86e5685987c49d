package th.obec.esa.ict.assets.catalog.imports;

import static th.obec.esa.ict.assets.catalog.imports.ImportColumns.CATEGORY;
import static th.obec.esa.ict.assets.catalog.imports.ImportColumns.ITEM_NO;
import static th.obec.esa.ict.assets.catalog.imports.ImportColumns.NAME_EN;
import static th.obec.esa.ict.assets.catalog.imports.ImportColumns.NAME_TH;
import static th.obec.esa.ict.assets.catalog.imports.ImportColumns.PRICE;
import static th.obec.esa.ict.assets.catalog.imports.ImportColumns.SOURCE_PAGE;
import static th.obec.esa.ict.assets.catalog.imports.ImportColumns.SPEC;
import static th.obec.esa.ict.assets.catalog.imports.ImportColumns.UNIT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import th.obec.esa.ict.assets.catalog.CatalogItem;
import th.obec.esa.ict.assets.catalog.ItemSnapshot;
import th.obec.esa.ict.platform.text.ThaiDigits;

/**
 * Checks every row of an edition file and turns the good ones into items. It reports all the
 * faults of all the rows, not just the first, so that one correction round is enough.
 */
public final class ItemRowValidator {

  /** Item numbers as editions print them: "11", "1.2", "3.1.4". */
  private static final Pattern ITEM_NO_PATTERN = Pattern.compile("\\d{1,4}(\\.\\d{1,4}){0,3}");
  private static final Pattern PRICE_PATTERN = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");
  private static final Pattern PAGE_PATTERN = Pattern.compile("\\d{1,5}");

  /** A good row: its spreadsheet row number and the item it holds. */
  public record ValidRow(int row, ItemSnapshot item) {}

  /** Good rows as items, and the faults of the bad ones; the file is accepted only without faults. */
  public record Validation(List<ValidRow> rows, List<RowError> errors) {

    public Validation {
      rows = List.copyOf(rows);
      errors = List.copyOf(errors);
    }

    public List<ItemSnapshot> items() {
      return rows.stream().map(ValidRow::item).toList();
    }

    public boolean accepted() {
      return errors.isEmpty();
    }
  }

  private ItemRowValidator() {}

  public static Validation validate(List<RawRow> rows) {
    List<ValidRow> items = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    Map<String, Integer> firstRowOfNumber = new HashMap<>();
    for (RawRow row : rows) {
      int before = errors.size();
      String itemNo = ThaiDigits.toArabic(row.get(ITEM_NO));
      if (itemNo == null) {
        errors.add(new RowError(row.rowNumber(), ITEM_NO, "assets.import.row.itemNo.required"));
      } else if (!ITEM_NO_PATTERN.matcher(itemNo).matches()) {
        errors.add(new RowError(row.rowNumber(), ITEM_NO, "assets.import.row.itemNo.invalid", itemNo));
      } else {
        Integer first = firstRowOfNumber.putIfAbsent(itemNo, row.rowNumber());
        if (first != null) {
          errors.add(new RowError(row.rowNumber(), ITEM_NO, "assets.import.row.itemNo.duplicate", itemNo, first));
        }
      }
      String nameTh = row.get(NAME_TH);
      if (nameTh == null) {
        errors.add(new RowError(row.rowNumber(), NAME_TH, "assets.import.row.name.required"));
      }
      checkLength(row, NAME_TH, nameTh, CatalogItem.NAME_LENGTH, errors);
      String nameEn = row.get(NAME_EN);
      checkLength(row, NAME_EN, nameEn, CatalogItem.NAME_LENGTH, errors);
      String category = row.get(CATEGORY);
      checkLength(row, CATEGORY, category, CatalogItem.CATEGORY_LENGTH, errors);
      String unit = row.get(UNIT);
      checkLength(row, UNIT, unit, CatalogItem.UNIT_LENGTH, errors);
      BigDecimal price = price(row, errors);
      Integer page = page(row, errors);
      List<String> spec = specLines(row.get(SPEC));
      for (String line : spec) {
        if (line.length() > CatalogItem.SPEC_LINE_LENGTH) {
          errors.add(new RowError(row.rowNumber(), SPEC, "assets.import.row.tooLong", CatalogItem.SPEC_LINE_LENGTH));
        }
      }
      if (errors.size() == before) {
        items.add(new ValidRow(row.rowNumber(), new ItemSnapshot(itemNo, category, nameTh, nameEn, unit, price, page, spec)));
      }
    }
    return new Validation(items, errors);
  }

  /**
   * A price in baht: digits with at most two decimals; thousands separators, Thai digits, a
   * trailing "บาท" and surrounding spaces are accepted, a negative or other text is not.
   */
  static BigDecimal parsePrice(String text) {
    if (text == null) {
      return null;
    }
    String t = ThaiDigits.toArabic(text).replace("บาท", "").replace(",", "").replace(" ", "").replace("\u00A0", "");
    if (!PRICE_PATTERN.matcher(t).matches()) {
      return null;
    }
    return new BigDecimal(t).setScale(2);
  }

  private static BigDecimal price(RawRow row, List<RowError> errors) {
    String text = row.get(PRICE);
    if (text == null) {
      errors.add(new RowError(row.rowNumber(), PRICE, "assets.import.row.price.required"));
      return null;
    }
    BigDecimal price = parsePrice(text);
    if (price == null) {
      errors.add(new RowError(row.rowNumber(), PRICE, "assets.import.row.price.invalid", text));
    }
    return price;
  }

  private static Integer page(RawRow row, List<RowError> errors) {
    String text = ThaiDigits.toArabic(row.get(SOURCE_PAGE));
    if (text == null) {
      return null;
    }
    if (!PAGE_PATTERN.matcher(text).matches() || Integer.parseInt(text) == 0) {
      errors.add(new RowError(row.rowNumber(), SOURCE_PAGE, "assets.import.row.page.invalid", text));
      return null;
    }
    return Integer.valueOf(text);
  }

  /** One spec line per line of the cell (Alt+Enter in a spreadsheet), blank lines dropped. */
  static List<String> specLines(String cell) {
    List<String> lines = new ArrayList<>();
    if (cell == null) {
      return lines;
    }
    for (String line : cell.split("\\R")) {
      String l = line.strip();
      if (!l.isEmpty()) {
        lines.add(l);
      }
    }
    return lines;
  }

  private static void checkLength(RawRow row, String column, String value, int max, List<RowError> errors) {
    if (value != null && value.length() > max) {
      errors.add(new RowError(row.rowNumber(), column, "assets.import.row.tooLong", max));
    }
  }
}
