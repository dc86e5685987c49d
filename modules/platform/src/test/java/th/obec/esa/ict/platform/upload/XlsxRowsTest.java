package th.obec.esa.ict.platform.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxRowsTest {

  record Read(int number, List<XlsxRows.Cell> cells) {}

  private static List<Read> read(byte[] content, int maxRows) throws IOException {
    List<Read> rows = new ArrayList<>();
    XlsxRows.read(content, maxRows, (n, cells) -> rows.add(new Read(n, List.copyOf(cells))));
    return rows;
  }

  private static byte[] bytes(Workbook wb) throws IOException {
    try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.write(out);
      return out.toByteArray();
    }
  }

  /** A workbook with every kind of cell an import meets, including gaps between cells and rows. */
  private static byte[] mixed() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet sheet = wb.createSheet("แผ่นงาน1");
    CellStyle dateStyle = wb.createCellStyle();
    dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
    CellStyle twoDecimals = wb.createCellStyle();
    twoDecimals.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
    Row header = sheet.createRow(0);
    header.createCell(0).setCellValue("รหัสโรงเรียน");
    header.createCell(1).setCellValue("ชื่อ");
    header.createCell(3).setCellValue("วันที่");
    Row data = sheet.createRow(3); // rows 2 and 3 missing
    data.createCell(0).setCellValue(1_034_560_001d);
    data.createCell(1).setCellValue("โรงเรียนบ้านหนองบัว \u200B");
    Cell date = data.createCell(3);
    date.setCellValue(LocalDate.of(2026, 6, 15));
    date.setCellStyle(dateStyle);
    Cell money = data.createCell(4);
    money.setCellValue(12345.5);
    money.setCellStyle(twoDecimals);
    data.createCell(5).setCellValue(true);
    data.createCell(6).setCellValue(11d);
    Row formulas = sheet.createRow(4);
    formulas.createCell(0).setCellFormula("1+2");
    formulas.createCell(1).setCellFormula("\"ก\"&\"ข\"");
    formulas.createCell(2).setCellFormula("1/0");
    wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    sheet.createRow(6).createCell(2).setCellStyle(twoDecimals); // a styled blank cell only
    return bytes(wb);
  }

  @Test
  void readsEveryKindOfCellAsTheWorkbookModelDoes() throws IOException {
    byte[] content = mixed();
    List<Read> rows = read(content, 100);
    assertEquals(List.of(1, 4, 5, 7), rows.stream().map(Read::number).toList());

    // the same cells through the in-memory model, as the importers read them before
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      Sheet sheet = wb.getSheetAt(0);
      for (Read r : rows) {
        Row row = sheet.getRow(r.number() - 1);
        assertEquals(Math.max(0, row.getLastCellNum()), r.cells().size(), "width of row " + r.number());
        for (int c = 0; c < r.cells().size(); c++) {
          Cell cell = row.getCell(c);
          XlsxRows.Cell streamed = r.cells().get(c);
          if (cell == null) {
            assertEquals(XlsxRows.Kind.BLANK, streamed.kind());
          } else if (cell.getCellType() != org.apache.poi.ss.usermodel.CellType.FORMULA) {
            assertEquals(formatter.formatCellValue(cell), streamed.formatted(), "cell " + r.number() + "/" + c);
          }
        }
      }
    }
    List<XlsxRows.Cell> data = rows.get(1).cells();
    assertEquals(XlsxRows.Kind.NUMBER, data.get(0).kind());
    assertEquals(1_034_560_001d, data.get(0).number());
    assertEquals("1034560001", data.get(0).formatted());
    assertEquals("โรงเรียนบ้านหนองบัว \u200B", data.get(1).text());
    assertEquals(XlsxRows.Kind.BLANK, data.get(2).kind());
    assertTrue(data.get(3).date());
    assertEquals(LocalDateTime.of(2026, 6, 15, 0, 0), data.get(3).dateTime());
    assertFalse(data.get(4).date());
    assertEquals("12,345.50", data.get(4).formatted());
    assertEquals("TRUE", data.get(5).text());
    assertEquals("11", data.get(6).formatted());
    List<XlsxRows.Cell> formulas = rows.get(2).cells();
    assertEquals("3", formulas.get(0).formatted(), "a formula reads as its computed value");
    assertEquals("กข", formulas.get(1).text());
    assertEquals(XlsxRows.Kind.ERROR, formulas.get(2).kind());
    assertEquals("#DIV/0!", formulas.get(2).text());
    assertEquals(XlsxRows.Kind.BLANK, rows.get(3).cells().get(2).kind());
  }

  private static byte[] rows(int count) throws IOException {
    SXSSFWorkbook wb = new SXSSFWorkbook(100);
    Sheet sheet = wb.createSheet();
    for (int i = 0; i < count; i++) {
      Row row = sheet.createRow(i);
      row.createCell(0).setCellValue("แถว " + i);
      row.createCell(1).setCellValue(i);
    }
    try {
      return bytes(wb);
    } finally {
      wb.dispose();
    }
  }

  @Test
  void aFileOverTheLimitIsRefusedAtTheFirstRowOverIt() throws IOException {
    byte[] content = rows(1_000);
    List<Integer> seen = new ArrayList<>();
    TooManyRowsException e = assertThrows(TooManyRowsException.class,
        () -> XlsxRows.read(content, 250, (n, cells) -> seen.add(n)));
    assertEquals(250, e.limit());
    assertEquals(250, seen.size(), "nothing after the limit is handed over");
  }

  @Test
  void aFileAtTheLimitIsReadWhole() throws IOException {
    assertEquals(250, read(rows(250), 250).size());
  }

  @Test
  void blankRowsDoNotCountTowardsTheLimit() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet sheet = wb.createSheet();
    for (int i = 0; i < 10; i++) {
      sheet.createRow(i * 2).createCell(0).setCellValue("x" + i);
      sheet.createRow(i * 2 + 1).createCell(0).setCellValue(" ");
    }
    assertEquals(20, read(bytes(wb), 10).size());
  }

  @Test
  void theDefaultLimitReadsTwentyThousandRowsAndRefusesOneMore() throws IOException {
    assertEquals(20_000, UploadLimits.maxRows(), "no MicroProfile Config here: the default");
    List<Integer> count = new ArrayList<>();
    XlsxRows.read(rows(20_000), (n, cells) -> count.add(n));
    assertEquals(20_000, count.size());
    assertThrows(TooManyRowsException.class, () -> XlsxRows.read(rows(20_001), (n, cells) -> { }));
  }

  @Test
  void theHandlersOwnExceptionPassesThroughUnchanged() throws IOException {
    IllegalStateException mine = new IllegalStateException("mine");
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> XlsxRows.read(rows(3), 10,
        (n, cells) -> {
          throw mine;
        }));
    assertTrue(thrown == mine);
  }

  @Test
  void somethingThatIsNoWorkbookIsAnIoException() {
    assertThrows(IOException.class, () -> read("school_code,name\n".getBytes(StandardCharsets.UTF_8), 10));
    assertThrows(IOException.class, () -> read(new byte[] {'P', 'K', 3, 4, 0, 0, 0}, 10));
    assertTrue(XlsxRows.looksLikeZip(new byte[] {'P', 'K', 3, 4, 0}));
    assertFalse(DateUtil.isADateFormat(0, "General"));
  }
}
