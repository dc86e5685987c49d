package th.obec.esa.ict.organization.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import th.obec.esa.ict.organization.order.DutyLineKind;
import th.obec.esa.ict.organization.staff.PersonName;

/**
 * A file read into an order, its persons and their duty lines, before anything is looked up in
 * the database. Mutable while the parser fills it; read by the planner afterwards.
 */
public final class ParsedOrder {

  /** The order's own fields (the rows above the column names). */
  public static final class Header {
    String numberPrinted;
    Integer number;
    Integer yearBe;
    String issuer;
    String subject;
    String legalBasis;
    String preamble;
    String closing;
    LocalDate orderDate;
    String signedDatePrinted;
    LocalDate effectiveFrom;
    String effectiveFromPrinted;
    String signerName;
    String signerPosition;
    String supersedesPrinted;
    Integer supersedesNumber;
    Integer supersedesYear;
    String excerptNote;
    int numberRow;
    int supersedesRow;
    int signerRow;

    public String number() {
      return number == null ? numberPrinted : number + "/" + yearBe;
    }

    public LocalDate orderDate() { return orderDate; }
    public LocalDate effectiveFrom() { return effectiveFrom; }
    public String subject() { return subject; }
    public Integer supersedesNumber() { return supersedesNumber; }
    public Integer supersedesYear() { return supersedesYear; }
  }

  /** A person's entry: everything printed about them, and their lines in file order. */
  public static final class Person {
    final int firstRow;
    final String unitName;
    int sequence;
    boolean sequenceInferred;
    String prefix;
    String given;
    String family;
    String givenEn;
    String familyEn;
    String uid;
    boolean nameMarkedUnknown;
    String positionTitle;
    String positionNumberRaw;
    String positionNumber;
    String actingRole;
    String header;
    final List<Line> lines = new ArrayList<>();

    Person(int firstRow, String unitName, int sequence, boolean inferred) {
      this.firstRow = firstRow;
      this.unitName = unitName;
      this.sequence = sequence;
      this.sequenceInferred = inferred;
    }

    public boolean nameKnown() {
      return given != null && !nameMarkedUnknown;
    }

    public PersonName name() {
      return nameKnown() ? new PersonName(prefix, given, family, null) : null;
    }

    public String display() {
      return nameKnown() ? name().full() : unitName + " #" + sequence;
    }

    public int firstRow() { return firstRow; }
    public String unitName() { return unitName; }
    public int sequence() { return sequence; }
    public boolean sequenceInferred() { return sequenceInferred; }
    public List<Line> lines() { return lines; }
    public String positionNumber() { return positionNumber; }
    public String uid() { return uid; }
  }

  /** One duty line; {@code parent} is the index in the person's lines, -1 for none. */
  public static final class Line {
    final int row;
    final DutyLineKind kind;
    final String number;
    final String marker;
    final String text;
    final String note;
    int depth;
    int parent = -1;
    boolean parentMissing;
    final List<NameRef> standIns = new ArrayList<>();
    NameRef actsFor;

    Line(int row, DutyLineKind kind, String number, String marker, String text, String note) {
      this.row = row;
      this.kind = kind;
      this.number = number;
      this.marker = marker;
      this.text = text;
      this.note = note;
    }

    public int row() { return row; }
    public DutyLineKind kind() { return kind; }
    public String number() { return number; }
    public String marker() { return marker; }
    public String text() { return text; }
    public int depth() { return depth; }
    public int parent() { return parent; }
    public boolean parentMissing() { return parentMissing; }
    public List<NameRef> standIns() { return standIns; }
    public NameRef actsFor() { return actsFor; }
  }

  /** A name printed in a clause ("นายจ๋านงค์ ด้วงทอง ตำแหน่งพนักงานธุรการ"). */
  public record NameRef(int row, String printed, PersonName name) {
    public NameRef {
      Objects.requireNonNull(name, "name");
    }
  }

  final Header header = new Header();
  final List<Person> persons = new ArrayList<>();
  final List<ImportAnomaly> anomalies = new ArrayList<>();

  void add(int row, AnomalyCode code, String value) {
    anomalies.add(new ImportAnomaly(row, code, value));
  }

  public Header header() { return header; }
  public List<Person> persons() { return persons; }
  public List<ImportAnomaly> anomalies() { return anomalies; }

  public boolean isFatal() {
    return anomalies.stream().anyMatch(ImportAnomaly::isFatal);
  }

  public int lineCount() {
    return persons.stream().mapToInt(p -> p.lines.size()).sum();
  }
}
