package th.obec.esa.ict.platform.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an XLSX workbook row by row with POI's event API ({@link XSSFReader}
 * and a SAX parser), so the sheet is never built in memory as a whole (a 10 MB upload can unpack
 * to hundreds of MB of cell objects with {@code XSSFWorkbook}). Each {@code <row>} of the sheet is
 * handed over in file order with its 1-based number as the user sees it; a formula cell reads as
 * its last computed value. More than {@code maxRows} rows with content end the read with
 * {@link TooManyRowsException} at once; an exception thrown by the handler ends it as it is.
 */
public final class XlsxRows {

  /** What a cell holds. */
  public enum Kind { BLANK, STRING, NUMBER, BOOLEAN, ERROR }

  /**
   * One cell.
   *
   * @param text the string, the error code ("#DIV/0!"), "TRUE"/"FALSE", or the number as stored
   * @param number the numeric value (NUMBER only)
   * @param date whether the number is formatted as a date
   * @param formatted the cell as a spreadsheet shows it (numbers through their format)
   */
  public record Cell(Kind kind, String text, double number, boolean date, String formatted, boolean date1904) {

    public static final Cell BLANK = new Cell(Kind.BLANK, "", 0, false, "", false);

    /** The date-time of a date-formatted number. */
    public LocalDateTime dateTime() {
      return DateUtil.getLocalDateTime(number, date1904);
    }
  }

  /** Receives the rows. */
  @FunctionalInterface
  public interface RowHandler {
    /** @param cells by column (A = 0), {@link Cell#BLANK} where the sheet has none */
    void row(int number, List<Cell> cells);
  }

  private static final Pattern DATE_1904 = Pattern.compile("date1904\\s*=\\s*\"(1|true)\"");

  private XlsxRows() {}

  /**
   * @throws IOException when the content is not a readable XLSX workbook
   * @throws TooManyRowsException at the first row with content over {@code maxRows}
   */
  public static void read(byte[] content, int maxRows, RowHandler handler) throws IOException {
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
      XSSFReader reader = new XSSFReader(pkg);
      boolean date1904;
      try (InputStream wb = reader.getWorkbookData()) {
        date1904 = DATE_1904.matcher(new String(wb.readAllBytes(), StandardCharsets.UTF_8)).find();
      }
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      StylesTable styles = reader.getStylesTable();
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        return;
      }
      try (InputStream sheet = sheets.next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new SheetHandler(strings, styles, date1904, maxRows, handler));
        parser.parse(new InputSource(sheet));
      }
    } catch (SAXException e) {
      if (e.getException() instanceof TooManyRowsException tooMany) {
        throw tooMany;
      }
      if (e.getException() instanceof HandlerFailure failure) {
        throw failure.cause;
      }
      throw new IOException("not a readable XLSX workbook: " + e.getMessage(), e);
    } catch (OpenXML4JException | javax.xml.parsers.ParserConfigurationException e) {
      throw new IOException("not a readable XLSX workbook: " + e.getMessage(), e);
    } catch (TooManyRowsException e) {
      throw e;
    } catch (HandlerFailure e) {
      throw e.cause;
    } catch (RuntimeException e) {
      // POI reports a damaged package (or a zip bomb) with unchecked exceptions
      throw new IOException("not a readable XLSX workbook: " + e.getMessage(), e);
    }
  }

  /** {@link #read(byte[], int, RowHandler)} with the configured limit. */
  public static void read(byte[] content, RowHandler handler) throws IOException {
    read(content, UploadLimits.maxRows(), handler);
  }

  /** True when the content starts like a ZIP archive (an XLSX workbook is one). */
  public static boolean looksLikeZip(byte[] content) {
    return content != null && content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3
        && content[3] == 4;
  }

  /** Carries the handler's own exception past POI's and the parser's wrapping, to be thrown as it is. */
  private static final class HandlerFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final RuntimeException cause;

    HandlerFailure(RuntimeException cause) {
      super(cause);
      this.cause = cause;
    }
  }

  private static final class SheetHandler extends DefaultHandler {
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final int maxRows;
    private final RowHandler handler;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    private int rowNumber;
    private int withContent;
    private List<Cell> cells;
    private int column;
    private String type;
    private String style;
    private final StringBuilder value = new StringBuilder();
    private boolean inValue;
    private boolean inInline;
    private boolean inPhonetic;

    SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904, int maxRows,
        RowHandler handler) {
      this.strings = strings;
      this.styles = styles;
      this.date1904 = date1904;
      this.maxRows = maxRows;
      this.handler = handler;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      switch (name(localName, qName)) {
        case "row" -> {
          String r = attributes.getValue("r");
          rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
          cells = new ArrayList<>();
          column = -1;
        }
        case "c" -> {
          String ref = attributes.getValue("r");
          column = ref == null ? column + 1 : new CellReference(ref).getCol();
          type = attributes.getValue("t");
          style = attributes.getValue("s");
          value.setLength(0);
        }
        case "v" -> inValue = true;
        case "is" -> inInline = true;
        case "rPh" -> inPhonetic = true;
        default -> { }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inValue || (inInline && !inPhonetic)) {
        value.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      switch (name(localName, qName)) {
        case "v" -> inValue = false;
        case "is" -> inInline = false;
        case "rPh" -> inPhonetic = false;
        case "c" -> {
          while (cells.size() < column) {
            cells.add(Cell.BLANK);
          }
          Cell cell = cell();
          if (cells.size() == column) {
            cells.add(cell);
          } else if (column >= 0 && column < cells.size()) {
            cells.set(column, cell);
          }
        }
        case "row" -> {
          if (cells.stream().anyMatch(c -> c.kind() != Kind.BLANK && !c.text().isBlank())) {
            withContent++;
            if (withContent > maxRows) {
              throw new TooManyRowsException(maxRows);
            }
          }
          try {
            handler.row(rowNumber, Collections.unmodifiableList(cells));
          } catch (RuntimeException e) {
            throw new HandlerFailure(e);
          }
        }
        default -> { }
      }
    }

    private Cell cell() {
      String v = value.toString();
      String t = type == null ? "n" : type;
      switch (t) {
        case "s" -> {
          if (v.isEmpty()) {
            return Cell.BLANK;
          }
          String s = strings.getItemAt(Integer.parseInt(v.strip())).getString();
          return new Cell(Kind.STRING, s, 0, false, s, date1904);
        }
        case "inlineStr", "str" -> {
          return new Cell(Kind.STRING, v, 0, false, v, date1904);
        }
        case "b" -> {
          String b = "1".equals(v.strip()) || "true".equalsIgnoreCase(v.strip()) ? "TRUE" : "FALSE";
          return new Cell(Kind.BOOLEAN, b, 0, false, b, date1904);
        }
        case "e" -> {
          return new Cell(Kind.ERROR, v, 0, false, v, date1904);
        }
        case "d" -> {
          // an ISO 8601 date cell (strict OOXML); kept as its text
          return new Cell(Kind.STRING, v, 0, false, v, date1904);
        }
        default -> {
          if (v.isBlank()) {
            return Cell.BLANK;
          }
          double n = Double.parseDouble(v.strip());
          int formatIndex = 0;
          String formatString = null;
          if (style != null && styles != null) {
            XSSFCellStyle cs = styles.getStyleAt(Integer.parseInt(style));
            if (cs != null) {
              formatIndex = cs.getDataFormat();
              formatString = cs.getDataFormatString();
            }
          }
          if (formatString == null) {
            formatString = BuiltinFormats.getBuiltinFormat(formatIndex);
          }
          boolean date = formatString != null && DateUtil.isADateFormat(formatIndex, formatString)
              && DateUtil.isValidExcelDate(n);
          String formatted = formatString == null ? v
              : formatter.formatRawCellContents(n, formatIndex, formatString, date1904);
          return new Cell(Kind.NUMBER, v.strip(), n, date, formatted, date1904);
        }
      }
    }

    private static String name(String localName, String qName) {
      if (localName != null && !localName.isEmpty()) {
        return localName;
      }
      int colon = qName.indexOf(':');
      return colon < 0 ? qName : qName.substring(colon + 1);
    }
  }
}
