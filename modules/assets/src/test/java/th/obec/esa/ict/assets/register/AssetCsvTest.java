package th.obec.esa.ict.assets.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.assets.api.AssetStatus;
import th.obec.esa.ict.assets.api.AssetView;

class AssetCsvTest {

  @Test
  void textCellsThatASpreadsheetWouldRunAsAFormulaAreWrittenAsText() {
    AssetView a = new AssetView(1, "7440-001-0001/2568", "=HYPERLINK(\"http://x\",\"ok\")", "+cat", null, null,
        "@brand", "-model", "\tserial", LocalDate.of(2025, 1, 2), new BigDecimal("19000.00"), "งบประมาณ", null,
        null, "ห้อง ICT", 5L, "khwansiri", AssetStatus.values()[0], null, new BigDecimal("100.00"), 0);
    List<Object> row = AssetCsv.row(a);
    assertEquals("7440-001-0001/2568", row.get(0));
    assertEquals("'=HYPERLINK(\"http://x\",\"ok\")", row.get(1));
    assertEquals("'+cat", row.get(2));
    assertEquals("'@brand", row.get(3));
    assertEquals("'-model", row.get(4));
    assertEquals("'\tserial", row.get(5));
    assertEquals("19000.00", row.get(7));
    assertEquals(5L, row.get(13));
  }
}
