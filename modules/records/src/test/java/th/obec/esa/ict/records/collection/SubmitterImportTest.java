package th.obec.esa.ict.records.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.time.OfficeTime;

/** Reading a list of expected schools: every kind of refused row, with its line. */
class SubmitterImportTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 20);

  private static SubmitterImport.Parsed csv(String text, Set<String> existing) {
    return SubmitterImport.parse(text.getBytes(StandardCharsets.UTF_8), "schools.csv", existing, TODAY, OfficeTime.ZONE);
  }

  @Test
  void everyRefusedRowIsReportedWithItsLineAndReason() {
    String file = "\uFEFFschool_code,name,submitted_at\r\n"  // 1
        + "1086010001,โรงเรียนบ้านหนองใหญ่,15/06/2569\r\n"      // 2 ok, Buddhist era
        + "86010002,\"โรงเรียนวัดดอน, สาขา\",2026-06-14\r\n"   // 3 ok, quoted comma, ISO
        + "1086010,โรงเรียนรหัสสั้น\r\n"                         // 4 bad code
        + "1086010004,,\r\n"                                    // 5 empty name
        + "1086010001,โรงเรียนซ้ำ\r\n"                            // 6 duplicate of line 2
        + "1086010006,โรงเรียนวันที่ผิด,31/02/2569\r\n"            // 7 no such day
        + "1086010007,โรงเรียนปี ค.ศ.,15/06/2026\r\n"             // 8 not Buddhist era
        + "\r\n"                                                // 9 empty: skipped
        + "1086010009,โรงเรียนอนาคต,01/01/2570\r\n"              // 10 future
        + "1086010010\r\n"                                      // 11 one column
        + "1086010011,\"โรงเรียน\r\nหลายบรรทัด\",\r\n"           // 12-13 ok, a line break in quotes
        + "abc,,xx\r\n"                                         // 14 three problems
        + "1086010099,โรงเรียนมีแล้ว\r\n"                         // 15 already in the round
        + "๑๐๘๖๐๑๐๐๑๖,โรงเรียนเลขไทย,๑๕/๐๖/๒๕๖๙ 10:30";         // 16 ok, Thai digits, a time
    SubmitterImport.Parsed p = csv(file, Set.of("1086010099"));

    assertEquals(List.of(
        new ImportRejection(4, RejectReason.BAD_CODE, "1086010"),
        new ImportRejection(5, RejectReason.EMPTY_NAME, ""),
        new ImportRejection(6, RejectReason.DUPLICATE, "1086010001"),
        new ImportRejection(7, RejectReason.BAD_DATE, "31/02/2569"),
        new ImportRejection(8, RejectReason.BAD_DATE, "15/06/2026"),
        new ImportRejection(10, RejectReason.FUTURE_DATE, "01/01/2570"),
        new ImportRejection(11, RejectReason.BAD_COLUMNS, "1086010010"),
        new ImportRejection(14, RejectReason.BAD_CODE, "abc"),
        new ImportRejection(14, RejectReason.EMPTY_NAME, ""),
        new ImportRejection(14, RejectReason.BAD_DATE, "xx"),
        new ImportRejection(15, RejectReason.ALREADY_EXPECTED, "1086010099")), p.rejected());
    assertEquals(13, p.rowsRead());
    OffsetDateTime june15 = OffsetDateTime.of(2026, 6, 15, 0, 0, 0, 0, ZoneOffset.ofHours(7));
    assertEquals(List.of(
        new ImportLine(2, "1086010001", "โรงเรียนบ้านหนองใหญ่", june15),
        new ImportLine(3, "86010002", "โรงเรียนวัดดอน, สาขา", june15.minusDays(1)),
        new ImportLine(12, "1086010011", "โรงเรียน หลายบรรทัด", null),
        new ImportLine(16, "1086010016", "โรงเรียนเลขไทย", june15.plusHours(10).plusMinutes(30))), p.accepted());
  }

  @Test
  void aFileWithoutBomOrHeaderIsReadFromLineOne() {
    SubmitterImport.Parsed p = csv("1086010001,โรงเรียนหนึ่ง\n1086010002,โรงเรียนสอง,2026-06-20 08:05\n", Set.of());
    assertEquals(2, p.rowsRead());
    assertEquals(List.of(), p.rejected());
    assertEquals(1, p.accepted().get(0).line());
    assertEquals(OffsetDateTime.of(2026, 6, 20, 8, 5, 0, 0, ZoneOffset.ofHours(7)), p.accepted().get(1).submittedAt());
  }

  @Test
  void aHeaderInThaiIsRecognised() {
    SubmitterImport.Parsed p = csv("รหัสสถานศึกษา,ชื่อ\n1086010001,โรงเรียนหนึ่ง\n", Set.of());
    assertEquals(1, p.rowsRead());
    assertEquals(2, p.accepted().get(0).line());
  }

  @Test
  void datesAreReadAsThaiUsersWriteThem() {
    assertEquals(LocalDateTime.of(2026, 6, 15, 0, 0), SubmitterImport.dateTime("15/06/2569"));
    assertEquals(LocalDateTime.of(2026, 6, 15, 0, 0), SubmitterImport.dateTime("15-6-2569"));
    assertEquals(LocalDateTime.of(2026, 6, 15, 14, 5), SubmitterImport.dateTime("15/06/2569 14.05 น."));
    assertEquals(LocalDateTime.of(2026, 6, 15, 0, 0), SubmitterImport.dateTime("15 มิถุนายน 2569"));
    assertEquals(LocalDateTime.of(2026, 6, 15, 9, 30), SubmitterImport.dateTime("2026-06-15T09:30"));
    assertEquals(LocalDateTime.of(2026, 6, 15, 9, 30, 12), SubmitterImport.dateTime("2026-06-15 09:30:12"));
    assertEquals(LocalDateTime.of(2026, 6, 15, 0, 0), SubmitterImport.dateTime("2569-06-15"));
    assertNull(SubmitterImport.dateTime("15/06/2026"));
    assertNull(SubmitterImport.dateTime("2026-02-30"));
    assertNull(SubmitterImport.dateTime("15/06/2569 25:00"));
    assertNull(SubmitterImport.dateTime("เมื่อวาน"));
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedAsAWhole() {
    byte[] tis620 = {(byte) 0xC2, (byte) 0xD2, ',', 'x'};
    BusinessException e = assertThrows(BusinessException.class,
        () -> SubmitterImport.parse(tis620, "schools.csv", Set.of(), TODAY, OfficeTime.ZONE));
    assertEquals("records.import.notUtf8", e.key());
    assertEquals("file", e.field());
    assertEquals("records.import.empty", assertThrows(BusinessException.class,
        () -> SubmitterImport.parse(new byte[0], "x.csv", Set.of(), TODAY, OfficeTime.ZONE)).key());
  }

  @Test
  void anXlsxSheetIsReadWithItsRowNumbersDateCellsAndNumericCodes() throws Exception {
    byte[] xlsx;
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("schools");
      CellStyle dateStyle = wb.createCellStyle();
      dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      Row h = sheet.createRow(0);
      h.createCell(0).setCellValue("school_code");
      h.createCell(1).setCellValue("name");
      h.createCell(2).setCellValue("submitted_at");
      Row a = sheet.createRow(1);
      a.createCell(0).setCellValue(1086010001d);
      a.createCell(1).setCellValue("โรงเรียนบ้านหนองใหญ่");
      a.createCell(2).setCellValue(LocalDateTime.of(2026, 6, 15, 10, 0));
      a.getCell(2).setCellStyle(dateStyle);
      Row b = sheet.createRow(2);
      b.createCell(0).setCellValue("1086010002");
      b.createCell(1).setCellValue("โรงเรียนวัดดอน");
      b.createCell(2).setCellValue("16/06/2569");
      Row c = sheet.createRow(4);
      c.createCell(0).setCellValue("12345");
      c.createCell(1).setCellValue("โรงเรียนรหัสผิด");
      wb.write(out);
      xlsx = out.toByteArray();
    }
    SubmitterImport.Parsed p = SubmitterImport.parse(xlsx, "schools.xlsx", Set.of(), TODAY, OfficeTime.ZONE);
    assertEquals(List.of(new ImportRejection(5, RejectReason.BAD_CODE, "12345")), p.rejected());
    assertEquals(List.of(
        new ImportLine(2, "1086010001", "โรงเรียนบ้านหนองใหญ่",
            OffsetDateTime.of(2026, 6, 15, 10, 0, 0, 0, ZoneOffset.ofHours(7))),
        new ImportLine(3, "1086010002", "โรงเรียนวัดดอน", OffsetDateTime.of(2026, 6, 16, 0, 0, 0, 0,
            ZoneOffset.ofHours(7)))), p.accepted());
  }

  @Test
  void aFileOfMoreThanFiveThousandRowsIsRefusedAsAWhole() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i <= SubmitterImport.MAX_ROWS; i++) {
      sb.append(1086000000 + i).append(",โรงเรียน ").append(i).append('\n');
    }
    assertEquals("records.import.tooManyRows", assertThrows(BusinessException.class, () -> csv(sb.toString(), Set.of()))
        .key());
    sb.setLength(0);
    for (int i = 0; i < SubmitterImport.MAX_ROWS; i++) {
      sb.append(1086000000 + i).append(",โรงเรียน ").append(i).append('\n');
    }
    assertEquals(SubmitterImport.MAX_ROWS, csv(sb.toString(), Set.of()).accepted().size());
  }

  @Test
  void aBrokenXlsxIsRefusedAsAWhole() {
    byte[] notReally = {'P', 'K', 3, 4, 0, 0, 0};
    assertEquals("records.import.notXlsx", assertThrows(BusinessException.class,
        () -> SubmitterImport.parse(notReally, "x.xlsx", Set.of(), TODAY, OfficeTime.ZONE)).key());
  }

  @Test
  void aFileOverTheUploadRowLimitIsRefusedBeforeItsRowsAreChecked() throws Exception {
    StringBuilder sb = new StringBuilder();
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet();
      for (int i = 0; i < 31; i++) {
        Row row = sheet.createRow(i);
        row.createCell(0).setCellValue(1086000000d + i);
        row.createCell(1).setCellValue("โรงเรียน " + i);
        sb.append(1086000000 + i).append(",โรงเรียน ").append(i).append('\n');
      }
      wb.write(out);
      byte[] xlsx = out.toByteArray();
      BusinessException e = assertThrows(BusinessException.class, () -> SubmitterImport.xlsxRows(xlsx, 30));
      assertEquals("records.import.tooManyRows", e.key());
      assertEquals(List.of(30), List.of(e.args()));
      assertEquals("file", e.field());
      assertEquals(31, SubmitterImport.xlsxRows(xlsx, 31).size());
    }
    byte[] csv = sb.toString().getBytes(StandardCharsets.UTF_8);
    assertEquals("records.import.tooManyRows",
        assertThrows(BusinessException.class, () -> SubmitterImport.csvRows(csv, 30)).key());
    assertEquals(31, SubmitterImport.csvRows(csv, 31).size());
  }
}
