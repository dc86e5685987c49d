package th.obec.esa.ict.organization.importing;

import static th.obec.esa.ict.organization.importing.AnomalyCode.*;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.obec.esa.ict.organization.order.DutyLine;
import th.obec.esa.ict.organization.order.DutyLineKind;
import th.obec.esa.ict.organization.order.DutyNumber;
import th.obec.esa.ict.organization.staff.PersonName;
import th.obec.esa.ict.organization.staff.PositionNumber;
import th.obec.esa.ict.platform.text.ThaiDigits;
import th.obec.esa.ict.platform.time.ThaiDates;

/**
 * Reads the rows of an order file (layout in docs/organization.md): order fields as
 * "name,value" rows, then one row of column names, then one row per duty line. Pure: it looks
 * nothing up, so every rule of the layout is tested without a database.
 */
public final class OrderFileParser {

  enum Field { NUMBER, ISSUER, SUBJECT, LEGAL_BASIS, PREAMBLE, CLOSING, ORDER_DATE, SIGNED_DATE_TEXT,
    EFFECTIVE_FROM, EFFECTIVE_TEXT, SIGNER, SIGNER_POSITION, SUPERSEDES, EXCERPT }

  enum Column { UNIT, SEQUENCE, PREFIX, GIVEN, FAMILY, NAME, GIVEN_EN, FAMILY_EN, UID, POSITION, POSITION_NUMBER,
    ACTING_ROLE, HEADER, DUTY_NUMBER, DUTY_TEXT, STAND_INS, ACTS_FOR, NOTE }

  static final Map<String, Field> FIELDS = new HashMap<>();
  static final Map<String, Column> COLUMNS = new HashMap<>();
  static final Set<String> UNKNOWN_NAME_MARKS = Set.of("?", "??", "???", "ไม่ทราบ", "ไม่ทราบชื่อ", "(ไม่ทราบชื่อ)",
      "(ชื่อถูกตัด)", "ชื่อถูกตัด", "unknown", "(unknown)");
  private static final Pattern ORDER_NUMBER = Pattern.compile("(?:ที่\\s*)?(\\d{1,5})\\s*/\\s*(\\d{4})");
  private static final Pattern SEQUENCE = Pattern.compile("\\d{1,3}\\.?");
  static final int SHORT_TEXT = 500;

  static {
    alias(FIELDS, Field.NUMBER, "เลขที่คำสั่ง", "คำสั่งที่", "ที่", "number", "order number");
    alias(FIELDS, Field.ISSUER, "คำสั่ง", "ผู้ออกคำสั่ง", "issuer");
    alias(FIELDS, Field.SUBJECT, "เรื่อง", "subject");
    alias(FIELDS, Field.LEGAL_BASIS, "อาศัยอำนาจ", "อาศัยอำนาจตาม", "legal basis");
    alias(FIELDS, Field.PREAMBLE, "ความนำ", "preamble");
    alias(FIELDS, Field.CLOSING, "ข้อความท้าย", "closing");
    alias(FIELDS, Field.ORDER_DATE, "สั่ง ณ วันที่", "วันที่", "ลงวันที่", "order date", "date");
    alias(FIELDS, Field.SIGNED_DATE_TEXT, "ข้อความวันที่สั่ง", "signed date text");
    alias(FIELDS, Field.EFFECTIVE_FROM, "มีผลตั้งแต่", "ตั้งแต่วันที่", "effective from");
    alias(FIELDS, Field.EFFECTIVE_TEXT, "ทั้งนี้", "effective text");
    alias(FIELDS, Field.SIGNER, "ผู้ลงนาม", "signer");
    alias(FIELDS, Field.SIGNER_POSITION, "ตำแหน่งผู้ลงนาม", "signer position");
    alias(FIELDS, Field.SUPERSEDES, "แทนคำสั่งที่", "ยกเลิกคำสั่งที่", "supersedes");
    alias(FIELDS, Field.EXCERPT, "ฉบับคัดลอก", "excerpt");

    alias(COLUMNS, Column.UNIT, "กลุ่ม", "ส่วนราชการ", "หน่วยงาน", "unit");
    alias(COLUMNS, Column.SEQUENCE, "ลำดับ", "ลำดับที่", "seq", "sequence");
    alias(COLUMNS, Column.PREFIX, "คำนำหน้า", "คำนำหน้าชื่อ", "prefix");
    alias(COLUMNS, Column.GIVEN, "ชื่อ", "given name", "given");
    alias(COLUMNS, Column.FAMILY, "นามสกุล", "สกุล", "family name", "family");
    alias(COLUMNS, Column.NAME, "ชื่อ-สกุล", "ชื่อ - สกุล", "ชื่อ-นามสกุล", "full name", "name");
    alias(COLUMNS, Column.GIVEN_EN, "ชื่อ (อังกฤษ)", "given name (en)", "given name en");
    alias(COLUMNS, Column.FAMILY_EN, "นามสกุล (อังกฤษ)", "family name (en)", "family name en");
    alias(COLUMNS, Column.UID, "uid", "ชื่อผู้ใช้", "user id");
    alias(COLUMNS, Column.POSITION, "ตำแหน่ง", "position");
    alias(COLUMNS, Column.POSITION_NUMBER, "เลขที่ตำแหน่ง", "ตำแหน่งเลขที่", "position number");
    alias(COLUMNS, Column.ACTING_ROLE, "ปฏิบัติหน้าที่", "acting role");
    alias(COLUMNS, Column.HEADER, "ข้อความนำ", "header");
    alias(COLUMNS, Column.DUTY_NUMBER, "ข้อ", "เลขข้อ", "duty number", "duty");
    alias(COLUMNS, Column.DUTY_TEXT, "หน้าที่", "รายละเอียด", "duty text", "text");
    alias(COLUMNS, Column.STAND_INS, "ผู้ปฏิบัติหน้าที่แทน", "ผู้ปฏิบัติหน้าที่แทน (ตามลำดับ)", "stand-ins", "stand ins");
    alias(COLUMNS, Column.ACTS_FOR, "ปฏิบัติแทน", "ปฏิบัติหน้าที่แทนผู้อื่น", "acts for");
    alias(COLUMNS, Column.NOTE, "หมายเหตุ", "note");
  }

  @SafeVarargs
  private static <T> void alias(Map<String, T> map, T value, String... names) {
    for (String n : names) {
      map.put(norm(n), value);
    }
  }

  static String norm(String s) {
    String n = s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return n.endsWith(":") ? n.substring(0, n.length() - 1).strip() : n;
  }

  private OrderFileParser() {}

  public static ParsedOrder parse(List<FileRow> rows) {
    ParsedOrder out = new ParsedOrder();
    Map<Column, Integer> columns = null;
    int headerRow = 0;
    int i = 0;
    for (; i < rows.size(); i++) {
      FileRow r = rows.get(i);
      if (r.isBlank()) {
        continue;
      }
      Map<Column, Integer> found = columnsOf(r);
      if (found.containsKey(Column.DUTY_NUMBER) && found.containsKey(Column.DUTY_TEXT)) {
        columns = found;
        headerRow = r.number();
        for (int c = 0; c < r.cells().size(); c++) {
          if (!r.cell(c).isEmpty() && !COLUMNS.containsKey(norm(r.cell(c)))) {
            out.add(r.number(), UNKNOWN_COLUMN, r.cell(c));
          }
        }
        i++;
        break;
      }
      Field f = FIELDS.get(norm(r.cell(0)));
      if (f == null) {
        out.add(r.number(), UNKNOWN_FIELD, r.cell(0));
      } else {
        field(out, f, r.cell(1), r.number());
      }
    }
    if (columns == null) {
      out.add(0, NO_COLUMN_HEADER, null);
      return out;
    }
    if (!columns.containsKey(Column.UNIT)) {
      out.add(headerRow, MISSING_COLUMN, "กลุ่ม (unit)");
    }
    if (!columns.containsKey(Column.GIVEN) && !columns.containsKey(Column.NAME)) {
      out.add(headerRow, MISSING_COLUMN, "ชื่อ (given name)");
    }
    requireHeader(out);
    if (out.isFatal()) {
      return out;
    }
    new Body(out, columns).read(rows.subList(i, rows.size()));
    if (out.persons.isEmpty() && !out.isFatal()) {
      out.add(0, NO_DUTIES, null);
    }
    return out;
  }

  private static Map<Column, Integer> columnsOf(FileRow r) {
    Map<Column, Integer> found = new EnumMap<>(Column.class);
    for (int c = 0; c < r.cells().size(); c++) {
      Column col = COLUMNS.get(norm(r.cell(c)));
      if (col != null) {
        found.putIfAbsent(col, c);
      }
    }
    return found;
  }

  private static void field(ParsedOrder out, Field f, String value, int row) {
    ParsedOrder.Header h = out.header;
    String v = value == null || value.isBlank() ? null : value.strip();
    if (v == null) {
      return;
    }
    switch (f) {
      case NUMBER -> {
        h.numberPrinted = v;
        h.numberRow = row;
        Matcher m = ORDER_NUMBER.matcher(digits(out, row, v));
        if (m.matches()) {
          h.number = Integer.parseInt(m.group(1));
          h.yearBe = Integer.parseInt(m.group(2));
        } else {
          out.add(row, BAD_ORDER_NUMBER, v);
        }
      }
      case SUPERSEDES -> {
        h.supersedesPrinted = v;
        h.supersedesRow = row;
        Matcher m = ORDER_NUMBER.matcher(digits(out, row, v));
        if (m.matches()) {
          h.supersedesNumber = Integer.parseInt(m.group(1));
          h.supersedesYear = Integer.parseInt(m.group(2));
        } else {
          out.add(row, BAD_ORDER_NUMBER, v);
        }
      }
      case ORDER_DATE -> h.orderDate = date(out, row, v);
      case EFFECTIVE_FROM -> h.effectiveFrom = date(out, row, v);
      case ISSUER -> h.issuer = v;
      case SUBJECT -> h.subject = v;
      case LEGAL_BASIS -> h.legalBasis = v;
      case PREAMBLE -> h.preamble = v;
      case CLOSING -> h.closing = v;
      case SIGNED_DATE_TEXT -> h.signedDatePrinted = v;
      case EFFECTIVE_TEXT -> h.effectiveFromPrinted = v;
      case SIGNER -> {
        h.signerName = v;
        h.signerRow = row;
      }
      case SIGNER_POSITION -> h.signerPosition = v;
      case EXCERPT -> h.excerptNote = v;
      default -> throw new IllegalStateException(f.name());
    }
    for (String text : new String[] {h.subject, h.issuer, h.signerName, h.signerPosition, h.effectiveFromPrinted}) {
      if (text != null && text.length() > 1000) {
        out.add(row, TEXT_TOO_LONG, f.name());
        return;
      }
    }
    if (v.length() > DutyLine.TEXT) {
      out.add(row, TEXT_TOO_LONG, f.name());
    }
  }

  private static void requireHeader(ParsedOrder out) {
    ParsedOrder.Header h = out.header;
    if (h.numberPrinted == null) {
      out.add(0, MISSING_FIELD, "เลขที่คำสั่ง (number)");
    }
    if (h.subject == null) {
      out.add(0, MISSING_FIELD, "เรื่อง (subject)");
    }
    if (h.orderDate == null && out.anomalies.stream().noneMatch(a -> a.code() == BAD_DATE)) {
      out.add(0, MISSING_FIELD, "สั่ง ณ วันที่ (order date)");
    }
    if (h.effectiveFrom == null && h.orderDate != null) {
      h.effectiveFrom = h.orderDate;
      out.add(0, EFFECTIVE_FROM_ORDER_DATE, h.effectiveFromPrinted);
    }
    if (h.signedDatePrinted == null && h.orderDate != null) {
      String[] parts = ThaiDates.formatLong(h.orderDate, ThaiDates.THAI).split(" ");
      h.signedDatePrinted = "สั่ง ณ วันที่ " + parts[0] + " เดือน " + parts[1] + " พ.ศ. " + parts[2];
    }
  }

  private static LocalDate date(ParsedOrder out, int row, String v) {
    try {
      return ThaiDates.parse(digits(out, row, v));
    } catch (IllegalArgumentException e) {
      out.add(row, BAD_DATE, v);
      return null;
    }
  }

  /** Arabic digits for a value that may hold Thai ones; mixed digits are worth a warning, Thai ones a note. */
  static String digits(ParsedOrder out, int row, String v) {
    if (ThaiDigits.isMixed(v)) {
      out.add(row, MIXED_DIGITS, v);
    } else if (!v.equals(ThaiDigits.toArabic(v))) {
      out.add(row, THAI_DIGITS, v);
    }
    return ThaiDigits.toArabic(v);
  }

  /** The duty rows: who each row belongs to, and what it adds to that person. */
  private static final class Body {
    private final ParsedOrder out;
    private final Map<Column, Integer> columns;
    private final Map<String, ParsedOrder.Person> byKey = new LinkedHashMap<>();
    private String unit;
    private ParsedOrder.Person previous;

    Body(ParsedOrder out, Map<Column, Integer> columns) {
      this.out = out;
      this.columns = columns;
    }

    String get(FileRow r, Column c) {
      Integer index = columns.get(c);
      return index == null ? "" : r.cell(index);
    }

    void read(List<FileRow> rows) {
      for (FileRow r : rows) {
        if (!r.isBlank()) {
          row(r);
        }
      }
      out.persons.addAll(byKey.values());
      finish();
    }

    private void row(FileRow r) {
      int n = r.number();
      String unitCell = get(r, Column.UNIT);
      String rowUnit = unitCell.isEmpty() ? unit : unitCell;
      if (rowUnit == null) {
        out.add(n, MISSING_UNIT, null);
        return;
      }
      String dutyCell = get(r, Column.DUTY_NUMBER);
      String number = dutyCell.isEmpty() ? "" : DutyNumber.normalize(digits(out, n, dutyCell));
      DutyLineKind kind;
      if (DutyNumber.isDutyNumber(number)) {
        kind = DutyLineKind.DUTY;
      } else if (number.isEmpty() || DutyNumber.isItemMarker(number)) {
        kind = DutyLineKind.ITEM;
      } else {
        out.add(n, BAD_DUTY_NUMBER, dutyCell);
        return;
      }
      ParsedOrder.Person person = personOf(r, rowUnit, kind == DutyLineKind.DUTY ? number : null);
      if (person == null) {
        return;
      }
      unit = rowUnit;
      previous = person;
      merge(r, person);
      String text = get(r, Column.DUTY_TEXT);
      if (text.isEmpty()) {
        out.add(n, MISSING_DUTY_TEXT, dutyCell);
        return;
      }
      if (text.length() > DutyLine.TEXT) {
        out.add(n, TEXT_TOO_LONG, dutyCell);
        return;
      }
      String note = get(r, Column.NOTE);
      ParsedOrder.Line line = new ParsedOrder.Line(n, kind, kind == DutyLineKind.DUTY ? number : null,
          kind == DutyLineKind.ITEM && !number.isEmpty() ? dutyCell.strip() : null, text, note.isEmpty() ? null : note);
      String standIns = get(r, Column.STAND_INS);
      if (!standIns.isEmpty()) {
        for (String printed : standIns.split("[;|\\n]")) {
          if (!printed.isBlank()) {
            name(n, printed, line.standIns::add);
          }
        }
      }
      String actsFor = get(r, Column.ACTS_FOR);
      if (!actsFor.isEmpty()) {
        name(n, actsFor, ref -> line.actsFor = ref);
      }
      person.lines.add(line);
    }

    private void name(int row, String printed, java.util.function.Consumer<ParsedOrder.NameRef> to) {
      PersonName name = PersonName.parse(printed);
      if (name == null || name.given() == null || name.family() == null) {
        out.add(row, BAD_NAME, printed);
        return;
      }
      to.accept(new ParsedOrder.NameRef(row, printed.strip(), name));
    }

    /** Whose row this is: the printed sequence, else a continuation of the person above, else the duty number's first part. */
    private ParsedOrder.Person personOf(FileRow r, String rowUnit, String dutyNumber) {
      int n = r.number();
      String seqCell = get(r, Column.SEQUENCE);
      boolean sameUnit = previous != null && norm(previous.unitName).equals(norm(rowUnit));
      boolean namePrinted = !get(r, Column.GIVEN).isEmpty() || !get(r, Column.NAME).isEmpty() || !get(r, Column.FAMILY).isEmpty();
      boolean positionPrinted = !get(r, Column.POSITION).isEmpty() || !get(r, Column.POSITION_NUMBER).isEmpty();
      int sequence;
      boolean inferred = false;
      if (!seqCell.isEmpty()) {
        String s = digits(out, n, seqCell);
        if (!SEQUENCE.matcher(s).matches()) {
          out.add(n, BAD_SEQUENCE, seqCell);
          return null;
        }
        sequence = Integer.parseInt(s.replace(".", ""));
      } else if (!namePrinted && !positionPrinted && sameUnit
          && (dutyNumber == null || DutyNumber.sequence(dutyNumber) == previous.sequence)) {
        return previous;
      } else if (dutyNumber != null) {
        sequence = DutyNumber.sequence(dutyNumber);
        inferred = true;
      } else if (sameUnit && !namePrinted) {
        return previous;
      } else {
        out.add(n, NO_SEQUENCE, null);
        return null;
      }
      String key = norm(rowUnit) + "#" + sequence;
      ParsedOrder.Person p = byKey.get(key);
      if (p == null) {
        p = new ParsedOrder.Person(n, rowUnit.strip(), sequence, inferred);
        byKey.put(key, p);
      } else if (!inferred) {
        p.sequenceInferred = false;
      }
      return p;
    }

    private void merge(FileRow r, ParsedOrder.Person p) {
      int n = r.number();
      String full = get(r, Column.NAME);
      String given = get(r, Column.GIVEN);
      String prefix = get(r, Column.PREFIX);
      String family = get(r, Column.FAMILY);
      if (UNKNOWN_NAME_MARKS.contains(norm(full)) || UNKNOWN_NAME_MARKS.contains(norm(given))) {
        p.nameMarkedUnknown = true;
      } else if (!full.isEmpty()) {
        PersonName name = PersonName.parse(full);
        prefix = name.prefix() == null ? prefix : name.prefix();
        given = name.given();
        family = name.family() == null ? family : name.family();
      }
      if (!given.isEmpty() && prefix.isEmpty()) {
        PersonName glued = PersonName.parse(given);
        if (glued.prefix() != null) {
          prefix = glued.prefix();
          given = glued.given();
        }
      }
      if (!p.nameMarkedUnknown) {
        set(n, p, "prefix", prefix, p.prefix, v -> p.prefix = v);
        set(n, p, "given", given, p.given, v -> p.given = v);
        set(n, p, "family", family, p.family, v -> p.family = v);
      }
      set(n, p, "given_en", get(r, Column.GIVEN_EN), p.givenEn, v -> p.givenEn = v);
      set(n, p, "family_en", get(r, Column.FAMILY_EN), p.familyEn, v -> p.familyEn = v);
      set(n, p, "uid", get(r, Column.UID), p.uid, v -> p.uid = v);
      set(n, p, "position", get(r, Column.POSITION), p.positionTitle, v -> p.positionTitle = v);
      set(n, p, "position_number", get(r, Column.POSITION_NUMBER), p.positionNumberRaw, v -> p.positionNumberRaw = v);
      set(n, p, "acting_role", get(r, Column.ACTING_ROLE), p.actingRole, v -> p.actingRole = v);
      set(n, p, "header", get(r, Column.HEADER), p.header, v -> p.header = v);
    }

    private void set(int row, ParsedOrder.Person p, String what, String value, String current,
        java.util.function.Consumer<String> setter) {
      if (value == null || value.isEmpty()) {
        return;
      }
      if (current == null) {
        if (!"header".equals(what) && value.length() > SHORT_TEXT) {
          out.add(row, TEXT_TOO_LONG, what);
          return;
        }
        setter.accept(value);
      } else if (!current.equals(value)) {
        out.add(row, CONFLICTING_PERSON, p.unitName + " #" + p.sequence + " " + what + ": " + current + " / " + value);
      }
    }

    private void finish() {
      Map<String, ParsedOrder.Person> byName = new HashMap<>();
      Map<String, ParsedOrder.Person> byPosition = new HashMap<>();
      boolean anyLetterPrefix = out.persons.stream()
          .anyMatch(p -> PositionNumber.hasLetterPrefix(PositionNumber.normalize(p.positionNumberRaw)));
      for (ParsedOrder.Person p : out.persons) {
        if (!p.nameKnown()) {
          out.add(p.firstRow, NAME_CUT, p.unitName + " #" + p.sequence);
        } else {
          ParsedOrder.Person same = byName.putIfAbsent(p.name().key(), p);
          if (same != null) {
            out.add(p.firstRow, DUPLICATE_PERSON, p.name().full());
          }
        }
        if (p.sequenceInferred) {
          out.add(p.firstRow, SEQUENCE_INFERRED, String.valueOf(p.sequence));
        }
        if (p.positionNumberRaw != null) {
          p.positionNumber = PositionNumber.normalize(digits(out, p.firstRow, p.positionNumberRaw));
          if (anyLetterPrefix && !PositionNumber.hasLetterPrefix(p.positionNumber)) {
            out.add(p.firstRow, POSITION_NUMBER_WITHOUT_PREFIX, p.positionNumberRaw);
          }
          if (byPosition.putIfAbsent(p.positionNumber, p) != null) {
            out.add(p.firstRow, DUPLICATE_POSITION_NUMBER, p.positionNumberRaw);
          }
        }
        DutyTree.build(p, out);
      }
    }
  }
}
