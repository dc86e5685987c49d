package th.obec.esa.ict.organization.order;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import th.obec.esa.ict.organization.OrganizationException;

/** One printed line of a person's duties: a numbered duty or a list item under one. */
@Entity
@Cacheable // read by every authority check: shared cache, kept current by this unit's own writes
@Table(name = "org_duty_line")
@NamedQuery(name = "DutyLine.search",
    query = "SELECT l FROM DutyLine l JOIN l.assignment a JOIN a.order o WHERE LOWER(l.dutyText) LIKE :text "
        + "ORDER BY o.effectiveFrom DESC, o.id, a.sortOrder, l.sortOrder")
@NamedQuery(name = "DutyLine.findByNumber",
    query = "SELECT l FROM DutyLine l WHERE l.assignment.id = :assignment AND l.dutyNumber = :number")
public class DutyLine {

  public static final int TEXT = 4000;

  @Id
  @SequenceGenerator(name = "org_duty_line_seq", sequenceName = "org_duty_line_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_duty_line_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assignment_id")
  private DutyAssignment assignment;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private DutyLine parent;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private DutyLineKind kind;

  @Column(name = "duty_number", length = 20)
  private String dutyNumber;

  @Column(name = "item_marker", length = 10)
  private String itemMarker;

  @Column(nullable = false)
  private int depth;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(name = "duty_text", nullable = false, length = TEXT)
  private String dutyText;

  @Column(name = "review_note", length = 2000)
  private String reviewNote;

  @Version
  private long version;

  protected DutyLine() {}

  /** A numbered duty; {@code parent} is null when the number's parent is not printed. */
  public static DutyLine duty(DutyAssignment assignment, DutyLine parent, String number, int sortOrder, String text) {
    DutyLine l = new DutyLine(assignment, parent, DutyLineKind.DUTY, sortOrder, text);
    l.dutyNumber = number;
    l.depth = DutyNumber.depth(number);
    return l;
  }

  /** A list line printed under a duty. */
  public static DutyLine item(DutyAssignment assignment, DutyLine parent, String marker, int sortOrder, String text) {
    if (parent == null) {
      throw new IllegalArgumentException("an item is printed under a duty");
    }
    DutyLine l = new DutyLine(assignment, parent, DutyLineKind.ITEM, sortOrder, text);
    l.itemMarker = marker;
    l.depth = parent.depth + 1;
    return l;
  }

  private DutyLine(DutyAssignment assignment, DutyLine parent, DutyLineKind kind, int sortOrder, String text) {
    this.assignment = assignment;
    this.parent = parent;
    this.kind = kind;
    this.sortOrder = sortOrder;
    setText(text);
  }

  /** An administrator's correction of the printed text (a misreading of the paper, not a change of duty). */
  public void correctText(String text, String note) {
    setText(text);
    this.reviewNote = note == null || note.isBlank() ? reviewNote : note.strip();
  }

  public void note(String note) {
    this.reviewNote = note;
  }

  private void setText(String text) {
    if (text == null || text.isBlank()) {
      throw OrganizationException.onField("dutyText", "organization.duty.textRequired");
    }
    if (text.length() > TEXT) {
      throw OrganizationException.onField("dutyText", "organization.duty.textTooLong", TEXT);
    }
    this.dutyText = text.strip();
  }

  /** The number a reader cites for this line: its own, or the duty it is printed under. */
  public String citedNumber() {
    DutyLine l = this;
    while (l != null && l.dutyNumber == null) {
      l = l.parent;
    }
    return l == null ? null : l.dutyNumber;
  }

  public Long getId() { return id; }
  public DutyAssignment getAssignment() { return assignment; }
  public DutyLine getParent() { return parent; }
  public DutyLineKind getKind() { return kind; }
  public String getDutyNumber() { return dutyNumber; }
  public String getItemMarker() { return itemMarker; }
  public int getDepth() { return depth; }
  public int getSortOrder() { return sortOrder; }
  public String getDutyText() { return dutyText; }
  public String getReviewNote() { return reviewNote; }
  public long getVersion() { return version; }
}
