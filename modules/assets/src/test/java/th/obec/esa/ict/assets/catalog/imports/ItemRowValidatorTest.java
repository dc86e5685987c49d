package th.obec.esa.ict.assets.catalog.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Made-up rows: the row rules, not catalogue data. */
class ItemRowValidatorTest {

  private static RawRow row(int n, String itemNo, String name, String price, String... more) {
    Map<String, String> cells = new HashMap<>();
    if (itemNo != null) {
      cells.put(ImportColumns.ITEM_NO, itemNo);
    }
    if (name != null) {
      cells.put(ImportColumns.NAME_TH, name);
    }
    if (price != null) {
      cells.put(ImportColumns.PRICE, price);
    }
    for (int i = 0; i + 1 < more.length; i += 2) {
      cells.put(more[i], more[i + 1]);
    }
    return new RawRow(n, cells);
  }

  @Test
  void aGoodRowBecomesAnItemWithItsSpecLinesInOrder() {
    ItemRowValidator.Validation v = ItemRowValidator.validate(List.of(
        row(2, "๑๑", "อุปกรณ์ทดสอบ", "19,000", ImportColumns.SPEC, "บรรทัดหนึ่ง\r\n\r\nบรรทัดสอง\n",
            ImportColumns.SOURCE_PAGE, "7", ImportColumns.UNIT, "เครื่อง")));
    assertTrue(v.accepted());
    assertEquals(1, v.items().size());
    assertEquals("11", v.items().get(0).itemNo());
    assertEquals(new BigDecimal("19000.00"), v.items().get(0).referencePrice());
    assertEquals(List.of("บรรทัดหนึ่ง", "บรรทัดสอง"), v.items().get(0).specLines());
    assertEquals(7, v.items().get(0).sourcePage());
    assertEquals(2, v.rows().get(0).row());
  }

  @Test
  void priceFormsOfficesTypeAreAccepted() {
    assertEquals(new BigDecimal("19000.00"), ItemRowValidator.parsePrice("19000"));
    assertEquals(new BigDecimal("19000.50"), ItemRowValidator.parsePrice("19,000.5"));
    assertEquals(new BigDecimal("19000.00"), ItemRowValidator.parsePrice("๑๙,๐๐๐ บาท"));
    assertEquals(new BigDecimal("0.00"), ItemRowValidator.parsePrice("0"));
  }

  @Test
  void badPricesAreRefused() {
    assertNull(ItemRowValidator.parsePrice("-19000"));
    assertNull(ItemRowValidator.parsePrice("19000.555"));
    assertNull(ItemRowValidator.parsePrice("สิบเก้าพัน"));
    assertNull(ItemRowValidator.parsePrice("1e5"));
    assertNull(ItemRowValidator.parsePrice(""));
  }

  @Test
  void everyFaultOfEveryRowIsReportedWithItsRowNumber() {
    ItemRowValidator.Validation v = ItemRowValidator.validate(List.of(
        row(2, "1", "ก", "100"),
        row(3, "2", null, "abc"),
        row(4, "x", "ค", "100", ImportColumns.SOURCE_PAGE, "หน้า 3"),
        row(5, null, "ง", null)));
    assertFalse(v.accepted());
    assertEquals(1, v.items().size());
    assertTrue(v.errors().contains(new RowError(3, ImportColumns.NAME_TH, "assets.import.row.name.required")));
    assertTrue(v.errors().contains(new RowError(3, ImportColumns.PRICE, "assets.import.row.price.invalid", "abc")));
    assertTrue(v.errors().contains(new RowError(4, ImportColumns.ITEM_NO, "assets.import.row.itemNo.invalid", "x")));
    assertTrue(v.errors().contains(new RowError(4, ImportColumns.SOURCE_PAGE, "assets.import.row.page.invalid", "หน้า 3")));
    assertTrue(v.errors().contains(new RowError(5, ImportColumns.ITEM_NO, "assets.import.row.itemNo.required")));
    assertTrue(v.errors().contains(new RowError(5, ImportColumns.PRICE, "assets.import.row.price.required")));
    assertEquals(6, v.errors().size());
  }

  @Test
  void anItemNumberTwiceInOneFileNamesTheFirstRow() {
    ItemRowValidator.Validation v = ItemRowValidator.validate(List.of(row(2, "11", "ก", "1"), row(9, "11", "ข", "2")));
    assertEquals(List.of(new RowError(9, ImportColumns.ITEM_NO, "assets.import.row.itemNo.duplicate", "11", 2)), v.errors());
  }

  @Test
  void tooLongTextIsRefused() {
    ItemRowValidator.Validation v = ItemRowValidator.validate(List.of(row(2, "1", "ก".repeat(501), "1")));
    assertEquals("assets.import.row.tooLong", v.errors().get(0).key());
  }

  @Test
  void headersMayBeEnglishOrThai() {
    assertEquals(ImportColumns.PRICE, ImportColumns.canonical(" Price "));
    assertEquals(ImportColumns.PRICE, ImportColumns.canonical("ราคา"));
    assertEquals(ImportColumns.ITEM_NO, ImportColumns.canonical("\uFEFFitem_no"));
    assertEquals(ImportColumns.SOURCE_PAGE, ImportColumns.canonical("Source Page"));
    assertNull(ImportColumns.canonical("หมายเหตุ"));
  }
}
