package th.obec.esa.ict.organization.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import th.obec.esa.ict.platform.time.ThaiDates;

/**
 * Turns an uploaded file into rows of text cells numbered as the user sees them, whatever
 * produced it: a CSV saved as UTF-8 (with or without a BOM) or the first sheet of an XLSX
 * workbook. Date cells of a workbook become "16/10/2561", as a Thai user would type them.
 */
public final class OrderFileReader {

  /** The file cannot be read at all; the code says why. */
  public static final class UnreadableException extends Exception {
    private static final long serialVersionUID = 1L;
    private final AnomalyCode code;

    UnreadableException(AnomalyCode code, String detail, Throwable cause) {
      super(detail, cause);
      this.code = code;
    }

    public AnomalyCode code() {
      return code;
    }
  }

  private OrderFileReader() {}

  public static List<FileRow> read(String fileName, byte[] content) throws UnreadableException {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv") || name.endsWith(".txt")) {
      return readCsv(content);
    }
    if (name.endsWith(".xlsx")) {
      return readXlsx(content);
    }
    throw new UnreadableException(AnomalyCode.UNSUPPORTED_TYPE, fileName, null);
  }

  static List<FileRow> readCsv(byte[] content) throws UnreadableException {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      throw new UnreadableException(AnomalyCode.NOT_UTF8, null, e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(false).build();
    List<FileRow> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      int line = 1;
      for (CSVRecord r : parser) {
        List<String> cells = new ArrayList<>();
        r.forEach(cells::add);
        rows.add(new FileRow(line, cells));
        line = (int) parser.getCurrentLineNumber() + 1;
      }
    } catch (IOException | RuntimeException e) {
      throw new UnreadableException(AnomalyCode.UNREADABLE_FILE, e.getMessage(), e);
    }
    return rows;
  }

  static List<FileRow> readXlsx(byte[] content) throws UnreadableException {
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      if (workbook.getNumberOfSheets() == 0) {
        return List.of();
      }
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter(Locale.ROOT);
      List<FileRow> rows = new ArrayList<>();
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            cells.add(text(row.getCell(c), formatter));
          }
        }
        rows.add(new FileRow(r + 1, cells));
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      throw new UnreadableException(AnomalyCode.UNREADABLE_FILE, e.getMessage(), e);
    }
  }

  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      LocalDate d = cell.getLocalDateTimeCellValue().toLocalDate();
      return ThaiDates.formatNumeric(d);
    }
    return formatter.formatCellValue(cell);
  }
}
