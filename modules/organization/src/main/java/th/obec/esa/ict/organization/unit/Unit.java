package th.obec.esa.ict.organization.unit;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.QueryHint;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A unit (กลุ่ม) or sub-unit of the office, with the duties its announcements give it. */
@Entity
@Cacheable // reference data, read on every authority check: shared cache (persistence.xml)
@Table(name = "org_unit")
// the query results too are kept, and dropped by EclipseLink whenever a unit changes
@NamedQuery(name = "Unit.findAll", query = "SELECT u FROM Unit u ORDER BY u.kind, u.ordinal, u.id",
    hints = @QueryHint(name = "eclipselink.query-results-cache", value = "true"))
@NamedQuery(name = "Unit.findTopLevel",
    query = "SELECT u FROM Unit u WHERE u.kind = th.obec.esa.ict.organization.unit.UnitKind.UNIT ORDER BY u.ordinal",
    hints = @QueryHint(name = "eclipselink.query-results-cache", value = "true"))
@NamedQuery(name = "Unit.findChildren", query = "SELECT u FROM Unit u WHERE u.parent.id = :parent ORDER BY u.ordinal",
    hints = @QueryHint(name = "eclipselink.query-results-cache", value = "true"))
public class Unit {

  @Id
  @SequenceGenerator(name = "org_unit_seq", sequenceName = "org_unit_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "office_id")
  private Office office;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_unit_id")
  private Unit parent;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private UnitKind kind;

  @Column(nullable = false, length = 40)
  private String code;

  @Column(nullable = false)
  private int ordinal;

  @Column(name = "label_printed", length = 20)
  private String labelPrinted;

  @Column(name = "name_th", nullable = false, length = 500)
  private String nameTh;

  @Column(name = "name_en", length = 300)
  private String nameEn;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "announcement_id")
  private Announcement announcement;

  @Column(name = "reports_to_head", nullable = false)
  private boolean reportsToHead;

  @Column(name = "statutory_note_th", length = 1000)
  private String statutoryNoteTh;

  /** Its own letter-number prefix, used when the office numbers per unit; null to number under the office's. */
  @Column(name = "letter_prefix", length = 50)
  private String letterPrefix;

  @Column(name = "review_note", length = 2000)
  private String reviewNote;

  @OneToMany(mappedBy = "unit")
  @OrderBy("sortOrder")
  private List<UnitDuty> duties = new ArrayList<>();

  @Version
  private long version;

  protected Unit() {}

  /**
   * True when the name printed in a document means this unit. Printed names differ in spacing
   * (art. 6 and art. 7 of the announcement already disagree), so spaces do not count.
   */
  public boolean isCalled(String printedName) {
    if (printedName == null) {
      return false;
    }
    String p = squeeze(printedName);
    return p.equals(squeeze(nameTh)) || p.equalsIgnoreCase(code) || (nameEn != null && p.equalsIgnoreCase(squeeze(nameEn)));
  }

  /** The duties of this unit under its own announcement, then those of any other announcement (unit 3's pilot duties). */
  public List<UnitDuty> getDuties() {
    List<UnitDuty> own = new ArrayList<>();
    List<UnitDuty> other = new ArrayList<>();
    for (UnitDuty d : duties) {
      (Objects.equals(d.getAnnouncement().getId(), announcement.getId()) ? own : other).add(d);
    }
    own.addAll(other);
    return own;
  }

  static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }

  public void letterPrefix(String prefix) { this.letterPrefix = prefix; }
  public String getLetterPrefix() { return letterPrefix; }
  public Long getId() { return id; }
  public Office getOffice() { return office; }
  public Unit getParent() { return parent; }
  public UnitKind getKind() { return kind; }
  public String getCode() { return code; }
  public int getOrdinal() { return ordinal; }
  public String getLabelPrinted() { return labelPrinted; }
  public String getNameTh() { return nameTh; }
  public String getNameEn() { return nameEn; }
  public Announcement getAnnouncement() { return announcement; }
  public boolean isReportsToHead() { return reportsToHead; }
  public String getStatutoryNoteTh() { return statutoryNoteTh; }
  public String getReviewNote() { return reviewNote; }
  public long getVersion() { return version; }
}
