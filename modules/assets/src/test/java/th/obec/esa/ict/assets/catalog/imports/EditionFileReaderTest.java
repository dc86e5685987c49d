package th.obec.esa.ict.assets.catalog.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.assets.Workbooks;

class EditionFileReaderTest {


  @Test
  void aCsvWithBomQuotedMultiLineSpecAndBlankRowsIsRead() {
    String csv = "\uFEFFitem_no,name_th,price,spec\n1,อุปกรณ์ ก,\"1,000\",\"ข้อ 1\nข้อ 2\"\n,,,\n2,อุปกรณ์ ข,200,\n";
    List<RawRow> rows = EditionFileReader.read("edition.CSV", csv.getBytes(StandardCharsets.UTF_8));
    assertEquals(2, rows.size());
    assertEquals(2, rows.get(0).rowNumber());
    assertEquals("1,000", rows.get(0).get(ImportColumns.PRICE));
    assertEquals("ข้อ 1\nข้อ 2", rows.get(0).get(ImportColumns.SPEC));
    assertEquals(4, rows.get(1).rowNumber());
  }

  @Test
  void anXlsxIsReadWithSpreadsheetRowNumbersAndExactNumbers() throws IOException {
    byte[] xlsx = Workbooks.xlsx(new Object[][] {
        {"item_no", "name_th", "price", "source_page"},
        {11.0, "อุปกรณ์ ก", 19000.0, 7.0},
        {null, null, null, null},
        {"12", "อุปกรณ์ ข", "แปดพัน", null}});
    List<RawRow> rows = EditionFileReader.read("a.xlsx", xlsx);
    assertEquals(2, rows.size());
    assertEquals("11", rows.get(0).get(ImportColumns.ITEM_NO));
    assertEquals("19000", rows.get(0).get(ImportColumns.PRICE));
    assertEquals(4, rows.get(1).rowNumber());
    ItemRowValidator.Validation v = ItemRowValidator.validate(rows);
    assertEquals(List.of(new RowError(4, ImportColumns.PRICE, "assets.import.row.price.invalid", "แปดพัน")), v.errors());
  }

  @Test
  void aFileWithoutARequiredColumnIsRefusedAsAWhole() {
    ImportFileException e = assertThrows(ImportFileException.class,
        () -> EditionFileReader.read("a.csv", "item_no,name_th\n1,ก\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals("assets.import.file.missingColumn", e.key());
    assertEquals("price", e.args()[0]);
  }

  @Test
  void otherFormatsAndEmptyOrBrokenFilesAreRefused() {
    assertEquals("assets.import.file.format",
        assertThrows(ImportFileException.class, () -> EditionFileReader.read("a.xls", new byte[] {1})).key());
    assertEquals("assets.import.file.empty",
        assertThrows(ImportFileException.class, () -> EditionFileReader.read("a.csv", new byte[0])).key());
    assertEquals("assets.import.file.empty", assertThrows(ImportFileException.class,
        () -> EditionFileReader.read("a.csv", "item_no,name_th,price\n".getBytes(StandardCharsets.UTF_8))).key());
    assertEquals("assets.import.file.unreadable",
        assertThrows(ImportFileException.class, () -> EditionFileReader.read("a.xlsx", new byte[] {1, 2, 3})).key());
  }
}
