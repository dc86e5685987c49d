package th.obec.esa.ict.organization.importing;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import th.obec.esa.ict.platform.time.ThaiDates;
import th.obec.esa.ict.platform.upload.TooManyRowsException;
import th.obec.esa.ict.platform.upload.UploadLimits;
import th.obec.esa.ict.platform.upload.XlsxRows;

/**
 * Turns an uploaded file into rows of text cells numbered as the user sees them, whatever
 * produced it: a CSV saved as UTF-8 (with or without a BOM) or the first sheet of an XLSX
 * workbook, streamed (see {@link XlsxRows}). Date cells of a workbook become "16/10/2561", as a Thai
 * user would type them. More rows with content than {@link UploadLimits#maxRows()} make the file
 * unreadable ({@link AnomalyCode#TOO_MANY_ROWS}) before anything is checked.
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
    return readCsv(content, UploadLimits.maxRows());
  }

  static List<FileRow> readCsv(byte[] content, int maxRows) throws UnreadableException {
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
      int withContent = 0;
      for (CSVRecord r : parser) {
        List<String> cells = new ArrayList<>();
        r.forEach(cells::add);
        if (cells.stream().anyMatch(c -> !c.isBlank()) && ++withContent > maxRows) {
          throw tooMany(new TooManyRowsException(maxRows));
        }
        rows.add(new FileRow(line, cells));
        line = (int) parser.getCurrentLineNumber() + 1;
      }
    } catch (IOException | RuntimeException e) {
      throw new UnreadableException(AnomalyCode.UNREADABLE_FILE, e.getMessage(), e);
    }
    return rows;
  }

  static List<FileRow> readXlsx(byte[] content) throws UnreadableException {
    return readXlsx(content, UploadLimits.maxRows());
  }

  static List<FileRow> readXlsx(byte[] content, int maxRows) throws UnreadableException {
    List<FileRow> rows = new ArrayList<>();
    try {
      XlsxRows.read(content, maxRows, (number, cells) -> {
        while (rows.size() < number - 1) {
          rows.add(new FileRow(rows.size() + 1, new ArrayList<>()));
        }
        List<String> texts = new ArrayList<>();
        for (XlsxRows.Cell cell : cells) {
          texts.add(text(cell));
        }
        rows.add(new FileRow(number, texts));
      });
    } catch (TooManyRowsException e) {
      throw tooMany(e);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableException(AnomalyCode.UNREADABLE_FILE, e.getMessage(), e);
    }
    return rows;
  }

  private static UnreadableException tooMany(TooManyRowsException e) {
    return new UnreadableException(AnomalyCode.TOO_MANY_ROWS, String.valueOf(e.limit()), e);
  }

  private static String text(XlsxRows.Cell cell) {
    if (cell.kind() == XlsxRows.Kind.NUMBER && cell.date()) {
      return ThaiDates.formatNumeric(cell.dateTime().toLocalDate());
    }
    return cell.formatted();
  }
}
