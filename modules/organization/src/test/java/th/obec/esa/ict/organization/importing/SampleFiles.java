package th.obec.esa.ict.organization.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The sample order file (the excerpt of 275/2561) and small variations of it for tests. */
final class SampleFiles {

  static final String SAMPLE = "order-275-2561.csv";

  private SampleFiles() {}

  static byte[] sample() {
    try (InputStream in = SampleFiles.class.getClassLoader().getResourceAsStream(SAMPLE)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sampleText() {
    return new String(sample(), StandardCharsets.UTF_8);
  }

  static ParsedOrder parse(String csv) {
    try {
      return OrderFileParser.parse(OrderFileReader.read("t.csv", csv.getBytes(StandardCharsets.UTF_8)));
    } catch (OrderFileReader.UnreadableException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The same rows as an XLSX workbook, as an office saving the sheet from Excel would upload it. */
  static byte[] asXlsx(List<FileRow> rows) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("คำสั่ง");
      for (FileRow r : rows) {
        Row row = sheet.createRow(r.number() - 1);
        for (int c = 0; c < r.cells().size(); c++) {
          if (!r.cells().get(c).isEmpty()) {
            row.createCell(c).setCellValue(r.cells().get(c));
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A minimal valid file: one person with two duties. */
  static String minimal(String number, String body) {
    return "เลขที่คำสั่ง," + number + "\n"
        + "เรื่อง,มอบหมายหน้าที่\n"
        + "สั่ง ณ วันที่,๑/๑๐/๒๕๖๒\n"
        + "\n"
        + "กลุ่ม,ลำดับ,คำนำหน้า,ชื่อ,นามสกุล,ตำแหน่ง,เลขที่ตำแหน่ง,ข้อ,หน้าที่,ผู้ปฏิบัติหน้าที่แทน,ปฏิบัติแทน\n"
        + body;
  }
}
