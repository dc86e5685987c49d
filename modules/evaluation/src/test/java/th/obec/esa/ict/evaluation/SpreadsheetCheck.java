package th.obec.esa.ict.evaluation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import th.obec.esa.ict.evaluation.report.F12Workbook;

/**
 * Opens an F12 workbook as a spreadsheet user would and evaluates its mean and SD cells again
 * with a fresh POI formula evaluator, independently of the values the writer cached.
 */
public final class SpreadsheetCheck {

  private SpreadsheetCheck() {}

  /** A summary row as the spreadsheet computes it, rounded to 2 decimals HALF_UP. */
  public record Figures(String formulaMean, String formulaSd, BigDecimal mean, BigDecimal sd,
      BigDecimal cachedMean, BigDecimal cachedSd) {}

  /** Row label (item number "1", "2" ..., "รวมด้านที่ 1" ..., "รวมทั้งหมด") → its figures. */
  public static Map<String, Figures> summary(byte[] xlsx) {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      XSSFFormulaEvaluator evaluator = new XSSFFormulaEvaluator(wb);
      Sheet sheet = wb.getSheet(F12Workbook.SUMMARY);
      Map<String, Figures> out = new LinkedHashMap<>();
      for (Row row : sheet) {
        Cell a = row.getCell(0);
        Cell mean = row.getCell(F12Workbook.COL_MEAN);
        if (a == null || mean == null || mean.getCellType() != CellType.FORMULA) {
          continue;
        }
        String label = a.getCellType() == CellType.NUMERIC ? Integer.toString((int) a.getNumericCellValue())
            : a.getStringCellValue();
        Cell sd = row.getCell(F12Workbook.COL_SD);
        out.put(label, new Figures(mean.getCellFormula(), sd == null ? null : sd.getCellFormula(),
            value(evaluator.evaluate(mean)), sd == null ? null : value(evaluator.evaluate(sd)), cached(mean),
            cached(sd)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BigDecimal value(CellValue v) {
    if (v.getCellType() != CellType.NUMERIC) {
      throw new AssertionError("not a number: " + v);
    }
    return BigDecimal.valueOf(v.getNumberValue()).setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal cached(Cell c) {
    if (c == null || c.getCachedFormulaResultType() != CellType.NUMERIC) {
      return null;
    }
    return BigDecimal.valueOf(c.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
  }
}
