package th.obec.esa.ict.assets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small XLSX files for the import tests. */
public final class Workbooks {

  private Workbooks() {}

  /** Builds a small workbook; numbers as doubles, text as strings, null as no cell. */
  public static byte[] xlsx(Object[][] cells) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("items");
      for (int r = 0; r < cells.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < cells[r].length; c++) {
          Object v = cells[r][c];
          if (v instanceof Double d) {
            row.createCell(c).setCellValue(d);
          } else if (v != null) {
            row.createCell(c).setCellValue(v.toString());
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }
}
