package th.obec.esa.ict.records.collection;

import static th.obec.esa.ict.platform.BusinessException.field;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.text.ThaiDigits;
import th.obec.esa.ict.platform.time.ThaiDates;
import th.obec.esa.ict.platform.upload.TooManyRowsException;
import th.obec.esa.ict.platform.upload.UploadLimits;
import th.obec.esa.ict.platform.upload.XlsxRows;

/**
 * Reads a list of expected schools: CSV (UTF-8, with or without BOM, comma-separated, quotes as
 * in RFC 4180) or XLSX (first sheet, streamed), columns {@code school_code,name[,submitted_at]}, an
 * optional header row. Every row is checked and every problem reported with its line; nothing is
 * saved here. Dates are read as Thai users write them: "15/06/2569" (Buddhist era), ISO
 * "2026-06-15", either with a time "10:30"; a date alone means the start of that day.
 */
public final class SubmitterImport {

  /** Longest accepted name, as the column allows. */
  public static final int NAME_MAX = 300;

  /** Most data rows one file may have: an area has a few hundred schools, not tens of thousands. */
  public static final int MAX_ROWS = 5000;

  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?(?:\\s*น\\.?)?");
  private static final Set<String> HEADER_WORDS = Set.of("school_code", "code", "รหัสโรงเรียน", "รหัสสถานศึกษา");

  private SubmitterImport() {}

  /** The rows read and the problems found. */
  public record Parsed(int rowsRead, List<ImportLine> accepted, List<ImportRejection> rejected) {}

  /** A row as read from the file, before any check. */
  record RawRow(int line, List<String> cells) {}

  /**
   * @param fileName decides the format (".xlsx"); a ZIP signature is taken for XLSX too
   * @param alreadyExpected school codes already expected in the round
   * @param today the office's today (a submission date after it is refused)
   */
  public static Parsed parse(byte[] content, String fileName, Set<String> alreadyExpected, LocalDate today,
      ZoneId zone) {
    if (content == null || content.length == 0) {
      throw new BusinessException(field("file"), "records.import.empty");
    }
    boolean xlsx = (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx"))
        || XlsxRows.looksLikeZip(content);
    return check(xlsx ? xlsxRows(content) : csvRows(content), alreadyExpected, today, zone);
  }

  static Parsed check(List<RawRow> rows, Set<String> alreadyExpected, LocalDate today, ZoneId zone) {
    List<ImportLine> accepted = new ArrayList<>();
    List<ImportRejection> rejected = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int read = 0;
    boolean first = true;
    for (RawRow row : rows) {
      List<String> cells = trimmed(row.cells());
      if (cells.isEmpty()) {
        continue;
      }
      if (first && HEADER_WORDS.contains(cells.get(0).toLowerCase(Locale.ROOT))) {
        first = false;
        continue;
      }
      first = false;
      read++;
      if (read > MAX_ROWS) {
        throw tooMany(MAX_ROWS);
      }
      int before = rejected.size();
      if (cells.size() < 2 || cells.size() > 3) {
        rejected.add(new ImportRejection(row.line(), RejectReason.BAD_COLUMNS, String.join(",", cells)));
        continue;
      }
      String code = ReturnRules.schoolCode(cells.get(0));
      if (code == null) {
        rejected.add(new ImportRejection(row.line(), RejectReason.BAD_CODE, cells.get(0)));
      } else if (alreadyExpected.contains(code)) {
        rejected.add(new ImportRejection(row.line(), RejectReason.ALREADY_EXPECTED, code));
      } else if (!seen.add(code)) {
        rejected.add(new ImportRejection(row.line(), RejectReason.DUPLICATE, code));
      }
      String name = cells.get(1).replaceAll("\\s+", " ");
      if (name.isEmpty()) {
        rejected.add(new ImportRejection(row.line(), RejectReason.EMPTY_NAME, ""));
      } else if (name.length() > NAME_MAX) {
        rejected.add(new ImportRejection(row.line(), RejectReason.NAME_TOO_LONG, name.substring(0, 40) + "…"));
      }
      OffsetDateTime submitted = null;
      if (cells.size() == 3 && !cells.get(2).isEmpty()) {
        LocalDateTime at = dateTime(cells.get(2));
        if (at == null) {
          rejected.add(new ImportRejection(row.line(), RejectReason.BAD_DATE, cells.get(2)));
        } else if (at.toLocalDate().isAfter(today)) {
          rejected.add(new ImportRejection(row.line(), RejectReason.FUTURE_DATE, cells.get(2)));
        } else {
          submitted = at.atZone(zone).toOffsetDateTime();
        }
      }
      if (rejected.size() == before) {
        accepted.add(new ImportLine(row.line(), code, name, submitted));
      }
    }
    return new Parsed(read, accepted, rejected);
  }

  /** A submission date-time as typed, or null when it is not one. */
  public static LocalDateTime dateTime(String text) {
    String s = ThaiDigits.toArabic(text).strip().replace('T', ' ');
    String datePart = s;
    String timePart = null;
    int space = s.indexOf(' ');
    // "15 มิถุนายน 2569" has spaces of its own: a time is only the last token with ':' or '.' after digits
    int last = s.lastIndexOf(' ');
    if (last > 0 && TIME.matcher(s.substring(last + 1)).matches()) {
      datePart = s.substring(0, last).strip();
      timePart = s.substring(last + 1);
    } else if (space > 0 && TIME.matcher(s.substring(space + 1)).matches()) {
      datePart = s.substring(0, space);
      timePart = s.substring(space + 1);
    }
    if (datePart.endsWith(" เวลา")) {
      datePart = datePart.substring(0, datePart.length() - 5).strip();
    }
    LocalDate date = date(datePart);
    if (date == null) {
      return null;
    }
    LocalTime time = LocalTime.MIDNIGHT;
    if (timePart != null) {
      Matcher m = TIME.matcher(timePart);
      if (!m.matches()) {
        return null;
      }
      try {
        time = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
      } catch (DateTimeException e) {
        return null;
      }
    }
    return date.atTime(time);
  }

  private static LocalDate date(String s) {
    Matcher iso = ISO_DATE.matcher(s);
    if (iso.matches()) {
      int year = Integer.parseInt(iso.group(1));
      if (year >= 2400) {
        year = ThaiDates.toCommonEra(year);
      }
      try {
        return LocalDate.of(year, Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
      } catch (DateTimeException e) {
        return null;
      }
    }
    try {
      return ThaiDates.parse(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static List<String> trimmed(List<String> cells) {
    List<String> out = new ArrayList<>();
    for (String c : cells) {
      out.add(c == null ? "" : c.replace('\u00A0', ' ').strip());
    }
    if (out.stream().allMatch(String::isEmpty)) {
      return new ArrayList<>();
    }
    int end = out.size();
    while (end > 3 && out.get(end - 1).isEmpty()) {
      end--;
    }
    return new ArrayList<>(out.subList(0, end));
  }

  /** The rows of a UTF-8 CSV; a quoted field may hold commas, doubled quotes and line breaks. */
  static List<RawRow> csvRows(byte[] content) {
    return csvRows(content, UploadLimits.maxRows());
  }

  static List<RawRow> csvRows(byte[] content, int maxRows) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      throw new BusinessException(field("file"), "records.import.notUtf8");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<RawRow> rows = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int rowLine = 1;
    int withContent = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          cell.append(c);
        }
      } else if (c == '"' && cell.toString().isBlank()) {
        cell.setLength(0);
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        cells.add(cell.toString());
        cell.setLength(0);
        rows.add(new RawRow(rowLine, cells));
        if (cells.stream().anyMatch(x -> !x.isBlank()) && ++withContent > maxRows) {
          throw tooMany(maxRows);
        }
        cells = new ArrayList<>();
        line++;
        rowLine = line;
      } else {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !cells.isEmpty()) {
      cells.add(cell.toString());
      rows.add(new RawRow(rowLine, cells));
    }
    return rows;
  }

  /** The rows of the first sheet of an XLSX workbook, streamed; dates in date cells read as ISO text. */
  static List<RawRow> xlsxRows(byte[] content) {
    return xlsxRows(content, UploadLimits.maxRows());
  }

  static List<RawRow> xlsxRows(byte[] content, int maxRows) {
    List<RawRow> rows = new ArrayList<>();
    try {
      XlsxRows.read(content, maxRows, (number, cells) -> {
        List<String> texts = new ArrayList<>();
        for (XlsxRows.Cell cell : cells) {
          texts.add(cell.kind() == XlsxRows.Kind.NUMBER && cell.date() ? cell.dateTime().toString() : cell.formatted());
        }
        rows.add(new RawRow(number, texts));
      });
    } catch (TooManyRowsException e) {
      throw tooMany(e.limit());
    } catch (IOException | RuntimeException e) {
      throw new BusinessException(field("file"), "records.import.notXlsx");
    }
    return rows;
  }

  private static BusinessException tooMany(int limit) {
    return new BusinessException(field("file"), "records.import.tooManyRows", limit);
  }
}
