package th.obec.esa.ict.evaluation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.evaluation.Fixtures;
import th.obec.esa.ict.evaluation.SpreadsheetCheck;
import th.obec.esa.ict.evaluation.answer.AnswerSheet;
import th.obec.esa.ict.evaluation.form.EvaluationView;

/** The workbook's live formulas give the F12's figures, and its cached values are set. */
class F12WorkbookTest {

  private final EvaluationView ev = Fixtures.openF22();

  @Test
  void formulasOverTheRawSheetEqualTheReportToTwoDecimals() throws Exception {
    List<AnswerSheet> sheets = Fixtures.sheets(ev, 30);
    F12Report report = F12Composer.compose(ev, sheets);
    byte[] xlsx = F12Workbook.write(report, sheets);
    Map<String, SpreadsheetCheck.Figures> figures = SpreadsheetCheck.summary(xlsx);
    assertEquals(5 + 2 + 1, figures.size(), figures.keySet().toString());
    assertEquals("AVERAGE('คำตอบ'!E2:E31)", figures.get("1").formulaMean());
    assertEquals("STDEV('คำตอบ'!E2:E31)", figures.get("1").formulaSd());
    assertEquals("AVERAGE('คำตอบ'!E2:G31)", figures.get(F12Workbook.sectionLabel(1)).formulaMean());
    assertEquals("STDEV('คำตอบ'!E2:I31)", figures.get(F12Workbook.OVERALL_LABEL).formulaSd());
    for (F12Report.SectionResult s : report.sections()) {
      for (F12Report.ItemResult i : s.items()) {
        SpreadsheetCheck.Figures f = figures.get(Integer.toString(i.number()));
        assertEquals(i.stats().mean(), f.mean(), "mean of item " + i.number());
        assertEquals(i.stats().sd(), f.sd(), "SD of item " + i.number());
        assertEquals(f.mean(), f.cachedMean());
        assertEquals(f.sd(), f.cachedSd());
      }
      SpreadsheetCheck.Figures total = figures.get(F12Workbook.sectionLabel(s.number()));
      assertEquals(s.total().mean(), total.mean());
      assertEquals(s.total().sd(), total.sd());
    }
    SpreadsheetCheck.Figures overall = figures.get(F12Workbook.OVERALL_LABEL);
    assertEquals(report.overall().mean(), overall.mean());
    assertEquals(report.overall().sd(), overall.sd());

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet raw = wb.getSheet(F12Workbook.ANSWERS);
      assertEquals(30, raw.getLastRowNum());
      assertEquals("ข้อ 1", raw.getRow(0).getCell(F12Workbook.FIRST_ITEM_COLUMN).getStringCellValue());
      assertEquals("ข้อเสนอแนะ 1", raw.getRow(0).getCell(F12Workbook.FIRST_ITEM_COLUMN + 5).getStringCellValue());
      Sheet sum = wb.getSheet(F12Workbook.SUMMARY);
      boolean bandShown = false;
      for (var row : sum) {
        var band = row.getCell(F12Workbook.COL_BAND);
        if (band != null && band.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
          bandShown |= !band.getStringCellValue().isEmpty();
        }
      }
      assertTrue(bandShown);
    }
  }

  @Test
  void oneAnswerHasAMeanButNoSdCell() {
    List<AnswerSheet> sheets = Fixtures.sheets(ev, 1);
    byte[] xlsx = F12Workbook.write(F12Composer.compose(ev, sheets), sheets);
    SpreadsheetCheck.Figures item = SpreadsheetCheck.summary(xlsx).get("1");
    assertEquals("AVERAGE('คำตอบ'!E2:E2)", item.formulaMean());
    assertNull(item.formulaSd());
  }
}
