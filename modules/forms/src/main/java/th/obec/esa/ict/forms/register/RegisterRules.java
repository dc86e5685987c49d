package th.obec.esa.ict.forms.register;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.numbering.ResetRule;
import th.obec.esa.ict.forms.submission.Submission;
import th.obec.esa.ict.forms.workflow.State;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.text.ThaiDigits;
import th.obec.esa.ict.platform.time.ThaiDates;
import th.obec.esa.ict.platform.upload.UploadLimits;

/**
 * The rules of a register file, pure so every refusal is unit-tested. A file is refused as a
 * whole when it cannot be read (not UTF-8, empty, a required column missing, too many rows);
 * otherwise every row is checked and every reason of every refused row is reported, with the line
 * the spreadsheet shows, so the officer corrects the file in one go.
 *
 * <p>A printed number is only unique within its register's period: offices restart the book
 * every fiscal year (or calendar year, or never; {@link ResetRule}). So "the same request" is the
 * same form and number in the same period, by the office's configured rule; with the rule
 * {@code NEVER} that is the form and number alone.
 */
public final class RegisterRules {

  /** The most rows one file may hold: a busy office's year is well under it. */
  public static final int MAX_ROWS = 5_000;
  /** Said after the note in every imported request's outcome, so nobody takes it for a live one. */
  public static final String IMPORTED_MARK = " (นำเข้าจากทะเบียนเดิม)";
  /** What the book says for the note can be at most this long, with {@link #IMPORTED_MARK} after it. */
  public static final int NOTE_MAX = Submission.TEXT_MAX - IMPORTED_MARK.length();
  public static final int NUMBER_MAX = 60;
  public static final int NAME_MAX = 200;
  public static final int UNIT_MAX = 300;

  /** The forms filed as requests, the only ones a register of requests holds. */
  public static final Set<FormCode> FORMS = EnumSet.of(FormCode.F02, FormCode.F03, FormCode.F04, FormCode.F05,
      FormCode.F06, FormCode.F07, FormCode.F08, FormCode.F14);

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern MONEY = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?|\\d{1,3}(,\\d{3}){1,3}(\\.\\d{1,2})?");

  /** The file as read: which column each header cell is, and the data rows with their lines. */
  public record RegisterFile(Map<RegisterColumn, Integer> columns, List<RawRow> rows) {}

  /** One data row's cells as typed, with its spreadsheet line. */
  public record RawRow(int line, List<String> cells) {}

  /** The rows that passed and the reasons of those that did not. */
  public record Checked(List<RegisterRow> rows, List<RowError> errors) {}

  /** What makes a request the same one: form, printed number and the register period it is in. */
  public record RecordKey(FormCode form, String number, int period) {}

  private RegisterRules() {}

  /**
   * Reads a CSV file: UTF-8 with or without a byte-order mark, the first row the header.
   *
   * @throws BusinessException (field "file") {@code forms.register.notUtf8}, {@code .empty},
   *     {@code .noRows}, {@code .columnMissing}, {@code .columnUnknown}, {@code .columnTwice},
   *     {@code .tooManyRows}, {@code .overRowLimit} (more rows than {@link UploadLimits#maxRows()}, read
   *     no further), {@code .unreadable}
   */
  public static RegisterFile read(byte[] csv) {
    if (csv == null || csv.length == 0) {
      throw refused("forms.register.empty");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(csv)).toString();
    } catch (CharacterCodingException e) {
      throw refused("forms.register.notUtf8");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<CSVRecord> records;
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(false).build();
    int maxRows = UploadLimits.maxRows();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      records = new ArrayList<>();
      int withContent = 0;
      for (CSVRecord r : parser) {
        records.add(r);
        // the header counts too: the limit guards the server, whatever the rows are
        if (!blank(r) && ++withContent > maxRows) {
          throw refused("forms.register.overRowLimit", maxRows);
        }
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw refused("forms.register.unreadable", e.getMessage());
    }
    int first = 0;
    while (first < records.size() && blank(records.get(first))) {
      first++;
    }
    if (first == records.size()) {
      throw refused("forms.register.empty");
    }
    Map<RegisterColumn, Integer> columns = header(records.get(first));
    List<RawRow> rows = new ArrayList<>();
    for (int i = first + 1; i < records.size(); i++) {
      CSVRecord r = records.get(i);
      if (!blank(r)) {
        rows.add(new RawRow(i + 1, r.toList()));
      }
    }
    if (rows.isEmpty()) {
      throw refused("forms.register.noRows");
    }
    if (rows.size() > MAX_ROWS) {
      throw refused("forms.register.tooManyRows", rows.size(), MAX_ROWS);
    }
    return new RegisterFile(columns, rows);
  }

  static Map<RegisterColumn, Integer> header(CSVRecord header) {
    Map<RegisterColumn, Integer> columns = new EnumMap<>(RegisterColumn.class);
    for (int i = 0; i < header.size(); i++) {
      String cell = header.get(i);
      if (cell == null || cell.isBlank()) {
        continue;
      }
      RegisterColumn c = RegisterColumn.named(cell)
          .orElseThrow(() -> refused("forms.register.columnUnknown", cell.strip()));
      if (columns.putIfAbsent(c, i) != null) {
        throw refused("forms.register.columnTwice", c.header());
      }
    }
    List<String> missing = new ArrayList<>();
    for (RegisterColumn c : RegisterColumn.values()) {
      if (c.required() && !columns.containsKey(c)) {
        missing.add(c.header());
      }
    }
    if (!missing.isEmpty()) {
      throw refused("forms.register.columnMissing", String.join(", ", missing));
    }
    return columns;
  }

  /**
   * Checks every row: values, dates in order and not in the future, and the same request twice
   * in the file ({@code duplicateInFile}, naming the first line).
   *
   * @param today the office's today: nothing closes after it
   * @param rule the office's numbering period, to tell last year's number 15 from this year's
   */
  public static Checked check(RegisterFile file, LocalDate today, ResetRule rule) {
    List<RegisterRow> rows = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    Map<RecordKey, Integer> seen = new HashMap<>();
    for (RawRow raw : file.rows()) {
      List<RowError> mine = new ArrayList<>();
      Optional<RegisterRow> row = row(file.columns(), raw, today, mine);
      if (row.isPresent()) {
        RegisterRow r = row.get();
        Integer earlier = seen.putIfAbsent(key(r, rule), r.line());
        if (earlier != null) {
          mine.add(RowError.of(r.line(), RegisterColumn.NUMBER, "forms.register.duplicateInFile", r.form(),
              r.number(), earlier));
        }
      }
      if (mine.isEmpty()) {
        rows.add(row.orElseThrow());
      }
      errors.addAll(mine);
    }
    return new Checked(rows, errors);
  }

  /** The rows that the office already has ({@code alreadyRecorded}), one reason each. */
  public static List<RowError> alreadyRecorded(List<RegisterRow> rows, Set<RecordKey> existing, ResetRule rule) {
    return rows.stream().filter(r -> existing.contains(key(r, rule)))
        .map(r -> RowError.of(r.line(), RegisterColumn.NUMBER, "forms.register.alreadyRecorded", r.form(), r.number()))
        .toList();
  }

  public static RecordKey key(RegisterRow row, ResetRule rule) {
    return new RecordKey(row.form(), row.number(), rule.periodKey(row.filedOn()));
  }

  /** By line, then in column order, as the officer reads down the file. */
  public static List<RowError> sorted(Collection<RowError> errors) {
    List<String> order = java.util.Arrays.stream(RegisterColumn.values()).map(RegisterColumn::header).toList();
    return errors.stream().sorted(Comparator.comparingInt(RowError::line)
        .thenComparingInt(e -> e.column() == null ? -1 : order.indexOf(e.column()))).toList();
  }

  /** A printed number as stored: Arabic digits, single spaces ("ศธ ๐๔๐๘๖/๑๒๓" → "ศธ 04086/123"). */
  public static String normalNumber(String text) {
    return ThaiDigits.toArabic(text.strip()).replaceAll("\\s+", " ").replaceAll("\\s*/\\s*", "/");
  }

  private static Optional<RegisterRow> row(Map<RegisterColumn, Integer> columns, RawRow raw, LocalDate today,
      List<RowError> errors) {
    Cells c = new Cells(columns, raw, errors);
    int line = raw.line();
    FormCode form = c.required(RegisterColumn.FORM).map(v -> form(v, line, errors)).orElse(null);
    String number = c.text(RegisterColumn.NUMBER, NUMBER_MAX).map(RegisterRules::normalNumber).orElse(null);
    LocalDate filed = c.date(RegisterColumn.FILED_ON);
    String requester = c.text(RegisterColumn.REQUESTER, NAME_MAX).orElse(null);
    String position = c.text(RegisterColumn.POSITION, NAME_MAX).orElse(null);
    String unit = c.text(RegisterColumn.UNIT, UNIT_MAX).orElse(null);
    String subject = c.text(RegisterColumn.SUBJECT, Submission.SUBJECT_MAX).orElse(null);
    State outcome = c.required(RegisterColumn.OUTCOME).map(v -> outcome(v, line, errors)).orElse(null);
    LocalDate decided = c.date(RegisterColumn.DECIDED_ON);
    LocalDate closed = c.date(RegisterColumn.CLOSED_ON);
    BigDecimal amount = c.money(RegisterColumn.AMOUNT);
    BigDecimal parts = c.money(RegisterColumn.PARTS_COST);
    String note = c.text(RegisterColumn.NOTE, NOTE_MAX).orElse(null);
    if (closed != null && filed != null && closed.isBefore(filed)) {
      errors.add(RowError.of(line, RegisterColumn.CLOSED_ON, "forms.register.closedBeforeFiled",
          ThaiDates.formatNumeric(closed), ThaiDates.formatNumeric(filed)));
    }
    if (closed != null && closed.isAfter(today)) {
      errors.add(RowError.of(line, RegisterColumn.CLOSED_ON, "forms.register.future", ThaiDates.formatNumeric(closed)));
    }
    boolean decidedOutside = decided != null
        && ((filed != null && decided.isBefore(filed)) || (closed != null && decided.isAfter(closed)));
    if (decidedOutside) {
      errors.add(RowError.of(line, RegisterColumn.DECIDED_ON, "forms.register.decidedOutOfRange",
          ThaiDates.formatNumeric(decided)));
    }
    if (parts != null && form != null && form != FormCode.F03) {
      errors.add(RowError.of(line, RegisterColumn.PARTS_COST, "forms.register.partsOnlyRepair", form));
    }
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RegisterRow(line, form, number, filed, requester, position, unit, subject, outcome, decided,
        closed, amount, parts, note));
  }

  private static FormCode form(String value, int line, List<RowError> errors) {
    String v = value.strip().toUpperCase(Locale.ROOT);
    for (FormCode f : FORMS) {
      if (f.name().equals(v)) {
        return f;
      }
    }
    errors.add(RowError.of(line, RegisterColumn.FORM, "forms.register.formUnknown", value.strip()));
    return null;
  }

  /** A final state by its name (DONE) or its Thai label (เสร็จสิ้น); an open one is unknown here. */
  static Optional<State> outcome(String value) {
    String v = value.strip();
    for (State s : State.values()) {
      if (s.isFinal() && (s.name().equalsIgnoreCase(v) || s.thai().equals(v))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private static State outcome(String value, int line, List<RowError> errors) {
    Optional<State> s = outcome(value);
    if (s.isEmpty()) {
      errors.add(RowError.of(line, RegisterColumn.OUTCOME, "forms.register.outcomeUnknown", value.strip()));
    }
    return s.orElse(null);
  }

  /**
   * A date as a Thai office types it, day/month/B.E. year ("15/06/2569", Thai digits too), or ISO
   * with a C.E. year ("2026-06-15"). An ISO date with a B.E. year is refused rather than read as
   * five centuries ahead.
   */
  static Optional<LocalDate> date(String value) {
    String v = ThaiDigits.toArabic(value.strip());
    var iso = ISO.matcher(v);
    try {
      if (iso.matches()) {
        int year = Integer.parseInt(iso.group(1));
        return year < 1900 || year >= 2400 ? Optional.empty()
            : Optional.of(LocalDate.of(year, Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3))));
      }
      return Optional.of(ThaiDates.parse(v));
    } catch (DateTimeException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** An amount in baht, ≥ 0, at most two decimals, thousands commas allowed ("1,250.50"). */
  static Optional<BigDecimal> money(String value) {
    String v = ThaiDigits.toArabic(value.strip()).replace(" ", "");
    if (!MONEY.matcher(v).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(v.replace(",", "")).setScale(2));
  }

  private static boolean blank(CSVRecord r) {
    for (String v : r) {
      if (v != null && !v.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static BusinessException refused(String key, Object... args) {
    return new BusinessException(BusinessException.field("file"), key, args);
  }

  /** One row's cells by column, adding a reason for every value that does not fit. */
  private record Cells(Map<RegisterColumn, Integer> columns, RawRow raw, List<RowError> errors) {

    Optional<String> value(RegisterColumn c) {
      Integer i = columns.get(c);
      if (i == null || i >= raw.cells().size()) {
        return Optional.empty();
      }
      String v = raw.cells().get(i);
      return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    Optional<String> required(RegisterColumn c) {
      Optional<String> v = value(c);
      if (v.isEmpty() && c.required()) {
        errors.add(RowError.of(raw.line(), c, "forms.register.required"));
      }
      return v;
    }

    Optional<String> text(RegisterColumn c, int max) {
      Optional<String> v = required(c);
      if (v.isPresent() && v.get().length() > max) {
        errors.add(RowError.of(raw.line(), c, "forms.register.tooLong", max));
        return Optional.empty();
      }
      return v;
    }

    LocalDate date(RegisterColumn c) {
      Optional<String> v = required(c);
      if (v.isEmpty()) {
        return null;
      }
      Optional<LocalDate> d = RegisterRules.date(v.get());
      if (d.isEmpty()) {
        errors.add(RowError.of(raw.line(), c, "forms.register.dateInvalid", v.get()));
      }
      return d.orElse(null);
    }

    BigDecimal money(RegisterColumn c) {
      Optional<String> v = required(c);
      if (v.isEmpty()) {
        return null;
      }
      Optional<BigDecimal> m = RegisterRules.money(v.get());
      if (m.isEmpty()) {
        errors.add(RowError.of(raw.line(), c, "forms.register.moneyInvalid", v.get()));
      }
      return m.orElse(null);
    }
  }
}
