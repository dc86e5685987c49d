package th.obec.esa.ict.assets.catalog.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import th.obec.esa.ict.platform.upload.TooManyRowsException;
import th.obec.esa.ict.platform.upload.UploadLimits;
import th.obec.esa.ict.platform.upload.XlsxRows;

/**
 * Reads the rows of an edition file, CSV (UTF-8, comma, optional BOM) or XLSX (first sheet),
 * into text cells by column name; an XLSX sheet is streamed ({@link XlsxRows}), and a file with more
 * rows than {@link UploadLimits#maxRows()} (or than {@link #MAX_ROWS} items) is refused. Rows keep the number the user sees in the spreadsheet, so a
 * report can point at them; wholly blank rows are skipped.
 */
public final class EditionFileReader {

  /** More rows than any edition has printed; a guard against a wrong or hostile file. */
  public static final int MAX_ROWS = 5000;

  private EditionFileReader() {}

  public static List<RawRow> read(String fileName, byte[] content) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (content == null || content.length == 0) {
      throw new ImportFileException("assets.import.file.empty");
    }
    List<RawRow> rows;
    try {
      if (name.endsWith(".csv")) {
        rows = readCsv(content);
      } else if (name.endsWith(".xlsx")) {
        rows = readXlsx(content);
      } else {
        throw new ImportFileException("assets.import.file.format", fileName);
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ImportFileException ife) {
        throw ife;
      }
      throw new ImportFileException("assets.import.file.unreadable", fileName);
    }
    if (rows.isEmpty()) {
      throw new ImportFileException("assets.import.file.empty");
    }
    return rows;
  }

  private static List<RawRow> readCsv(byte[] content) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).build();
    try (Reader reader = new InputStreamReader(new ByteArrayInputStream(stripBom(content)), StandardCharsets.UTF_8);
        CSVParser parser = format.parse(reader)) {
      List<RawRow> rows = new ArrayList<>();
      List<String> columns = null;
      int rowNumber = 0;
      int withContent = 0;
      int maxRows = UploadLimits.maxRows();
      for (CSVRecord record : parser) {
        rowNumber++;
        List<String> values = record.toList();
        if (values.stream().anyMatch(v -> v != null && !v.isBlank()) && ++withContent > maxRows) {
          throw new ImportFileException("assets.import.file.tooManyRows", maxRows);
        }
        if (columns == null) {
          columns = header(values);
          continue;
        }
        addRow(rows, rowNumber, columns, values);
      }
      if (columns == null) {
        throw new ImportFileException("assets.import.file.empty");
      }
      return rows;
    }
  }

  private static List<RawRow> readXlsx(byte[] content) throws IOException {
    List<RawRow> rows = new ArrayList<>();
    List<List<String>> columns = new ArrayList<>(1);
    try {
      XlsxRows.read(content, UploadLimits.maxRows(), (number, cells) -> {
        List<String> values = new ArrayList<>();
        for (XlsxRows.Cell cell : cells) {
          values.add(text(cell));
        }
        if (columns.isEmpty()) {
          if (values.stream().allMatch(v -> v == null || v.isBlank())) {
            return;
          }
          columns.add(header(values));
          return;
        }
        addRow(rows, number, columns.get(0), values);
      });
    } catch (TooManyRowsException e) {
      throw new ImportFileException("assets.import.file.tooManyRows", e.limit());
    }
    if (columns.isEmpty()) {
      throw new ImportFileException("assets.import.file.empty");
    }
    return rows;
  }

  private static List<String> header(List<String> values) {
    List<String> columns = new ArrayList<>();
    for (String v : values) {
      columns.add(ImportColumns.canonical(v));
    }
    for (String required : ImportColumns.REQUIRED) {
      if (!columns.contains(required)) {
        throw new ImportFileException("assets.import.file.missingColumn", required);
      }
    }
    return columns;
  }

  private static void addRow(List<RawRow> rows, int rowNumber, List<String> columns, List<String> values) {
    Map<String, String> cells = new HashMap<>();
    for (int i = 0; i < columns.size() && i < values.size(); i++) {
      if (columns.get(i) != null && values.get(i) != null) {
        cells.put(columns.get(i), values.get(i));
      }
    }
    RawRow row = new RawRow(rowNumber, cells);
    if (row.isBlank()) {
      return;
    }
    if (rows.size() >= MAX_ROWS) {
      throw new ImportFileException("assets.import.file.tooManyRows", MAX_ROWS);
    }
    rows.add(row);
  }

  /** A numeric cell as its exact decimal (so 11 stays "11", not "11.0"); others as displayed. */
  private static String text(XlsxRows.Cell cell) {
    return switch (cell.kind()) {
      case NUMBER -> BigDecimal.valueOf(cell.number()).stripTrailingZeros().toPlainString();
      case STRING -> cell.text();
      case BOOLEAN -> Boolean.toString("TRUE".equals(cell.text()));
      case BLANK -> null;
      case ERROR -> "#ERROR";
    };
  }

  private static byte[] stripBom(byte[] content) {
    if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
      byte[] rest = new byte[content.length - 3];
      System.arraycopy(content, 3, rest, 0, rest.length);
      return rest;
    }
    return content;
  }
}
