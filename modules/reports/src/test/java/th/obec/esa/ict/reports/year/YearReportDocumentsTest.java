package th.obec.esa.ict.reports.year;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.reports.PdfText;
import th.obec.esa.ict.platform.pdf.ThaiFonts;

/**
 * The printed F21 and its workbook from the doubles' FY2569 data, written to target/ to be looked
 * at (pdftoppm -r 50 -png target/F21-2569.pdf /tmp/f21).
 */
class YearReportDocumentsTest {

  private static final Path OUT = Path.of("target");

  @Test
  void theFy2569ReportPrintsItsFiguresWithThaiDigits() throws IOException {
    byte[] pdf = new YearReportPdf(ThaiFonts.load(null, null), true).render(Fixtures.year(2569), null,
        "ควรจัดสรรงบประมาณเพื่อทดแทนเครื่องคอมพิวเตอร์ที่มีอายุการใช้งานเกิน 7 ปี");
    Files.createDirectories(OUT);
    Files.write(OUT.resolve("F21-2569.pdf"), pdf);
    assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
    String text = PdfText.of(pdf);
    Files.writeString(OUT.resolve("F21-2569.txt"), text);
    assertTrue(text.contains("F21"), text);
    assertTrue(text.contains("๔๒"), "42 requests in Thai digits");
    assertTrue(text.contains("๙๐.๔๘"), "90.48 per cent");
    assertTrue(text.contains("๑๒,๔๕๐.๕๐"), "parts cost");
    assertTrue(text.contains("F03"), "form codes keep their digits");
    assertFalse(PdfText.plain(text).contains(PdfText.plain(YearReportPdf.NO_DATA)), "every section of 2569 has data");
    assertTrue(PdfText.plain(text).contains(PdfText.plain("ได้รับคำขอทั้งสิ้น ๔๒ เรื่อง")), text);
    // issue 15: the reporter signs with her own position and the acting line as order 275/2561 prints it
    assertTrue(PdfText.plain(text).contains(PdfText.plain("(นางนันทน์ภัส เกียรติมาพรศักดิ์) นักวิเคราะห์นโยบายและแผนชำนาญการ "
        + "ปฏิบัติหน้าที่ ผู้อำนวยการกลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร")), text);
  }

  @Test
  void anEmptyYearPrintsNoDataInEverySectionWithArabicDigits() throws IOException {
    byte[] pdf = new YearReportPdf(ThaiFonts.load(null, null), false).render(Fixtures.year(2565), null, null);
    Files.createDirectories(OUT);
    Files.write(OUT.resolve("F21-2565-empty.pdf"), pdf);
    String text = PdfText.of(pdf);
    int sections = PdfText.plain(text).split(PdfText.plain(YearReportPdf.NO_DATA), -1).length - 1;
    assertEquals(6, sections, text);
    assertTrue(text.contains("2565"), text);
  }

  @Test
  void theWorkbookHasOneSheetPerSectionWithTheFiguresAsNumbers() throws IOException {
    byte[] xlsx = new YearReportXlsx().write(Fixtures.year(2569));
    Files.createDirectories(OUT);
    Files.write(OUT.resolve("F21-2569.xlsx"), xlsx);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertEquals(YearReportXlsx.SHEETS.size(), wb.getNumberOfSheets());
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        assertEquals(YearReportXlsx.SHEETS.get(i), wb.getSheetName(i));
      }
      Sheet req = wb.getSheetAt(1);
      assertEquals("F02", req.getRow(1).getCell(0).getStringCellValue());
      assertEquals(6, req.getRow(1).getCell(2).getNumericCellValue());
      assertEquals("รวม", req.getRow(7).getCell(1).getStringCellValue());
      assertEquals(42, req.getRow(7).getCell(2).getNumericCellValue());
      assertEquals(38, req.getRow(7).getCell(6).getNumericCellValue());
      assertEquals(2.73, req.getRow(7).getCell(8).getNumericCellValue(), 1e-9);
      assertEquals(90.48, req.getRow(8).getCell(2).getNumericCellValue(), 1e-9);
      Sheet ret = wb.getSheetAt(5);
      assertEquals(490, ret.getRow(3).getCell(3).getNumericCellValue());
      assertEquals(99.18, ret.getRow(3).getCell(8).getNumericCellValue(), 1e-9);
      assertEquals(12450.50, wb.getSheetAt(2).getRow(5).getCell(1).getNumericCellValue(), 1e-9);
      assertEquals(4.30, wb.getSheetAt(4).getRow(3).getCell(5).getNumericCellValue(), 1e-9);
      assertEquals(5, wb.getSheetAt(6).getLastRowNum());
    }
  }

  @Test
  void anEmptyYearsWorkbookSaysNoDataOnEachSectionSheet() throws IOException {
    byte[] xlsx = new YearReportXlsx().write(Fixtures.year(2565));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (int i = 1; i < wb.getNumberOfSheets(); i++) {
        assertEquals(YearReportPdf.NO_DATA, wb.getSheetAt(i).getRow(1).getCell(0).getStringCellValue());
      }
    }
  }
}
