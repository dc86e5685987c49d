package th.obec.esa.ict.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {

  @ParameterizedTest
  @ValueSource(strings = {"=2+5", "+66 81", "-1", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\")"})
  void aCellThatASpreadsheetWouldReadAsAFormulaGetsAnApostrophe(String v) {
    assertEquals("'" + v, CsvCells.text(v));
  }

  @ParameterizedTest
  @ValueSource(strings = {"นางขวัญศิริ", "a=b", "2+5", "' already", " =leading space"})
  void ordinaryTextStaysAsItIs(String v) {
    assertEquals(v, CsvCells.text(v));
  }

  @Test
  void nullAndEmptyStay() {
    assertNull(CsvCells.text(null));
    assertEquals("", CsvCells.text(""));
    assertNull(CsvCells.cell(null));
  }

  @Test
  void numbersTheApplicationWritesAreNotTouched() {
    assertEquals(-5L, CsvCells.cell(-5L));
    assertEquals(new BigDecimal("-19000.00"), CsvCells.cell(new BigDecimal("-19000.00")));
    assertEquals("-3", CsvCells.number(-3));
  }

  @Test
  void quotedFieldsAreNeutralisedAndQuoted() {
    assertEquals("\"'=1,2\"", CsvCells.quoted("=1,2"));
    assertEquals("'=1", CsvCells.quoted("=1"));
    assertEquals("", CsvCells.quoted(null));
    assertEquals("\"a\"\"b\"", CsvCells.quoted("a\"b"));
  }
}
