package th.obec.esa.ict.organization.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import th.obec.esa.ict.organization.staff.Position;
import th.obec.esa.ict.organization.staff.Staff;
import th.obec.esa.ict.organization.unit.Unit;

/** One person's entry in one order: where it is printed, their position, acting role and duties. */
@Entity
@Table(name = "org_duty_assignment")
@NamedQuery(name = "DutyAssignment.findByStaff",
    query = "SELECT a FROM DutyAssignment a JOIN a.order o WHERE a.staff.id = :staff "
        + "ORDER BY o.effectiveFrom DESC, o.id DESC")
@NamedQuery(name = "DutyAssignment.findActingForAny",
    query = "SELECT a.actingUnit.id, a FROM DutyAssignment a JOIN a.order o WHERE a.actingUnit IS NOT NULL "
        + "ORDER BY o.effectiveFrom DESC, o.id DESC")
@NamedQuery(name = "DutyAssignment.findActingFor",
    query = "SELECT a FROM DutyAssignment a JOIN a.order o WHERE a.actingUnit.id = :unit "
        + "ORDER BY o.effectiveFrom DESC, o.id DESC")
public class DutyAssignment {

  @Id
  @SequenceGenerator(name = "org_duty_assignment_seq", sequenceName = "org_duty_assignment_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_duty_assignment_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id")
  private OfficeOrder order;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "staff_id")
  private Staff staff;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "position_id")
  private Position position;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(name = "sequence_in_unit")
  private Integer sequenceInUnit;

  @Column(name = "sequence_inferred", nullable = false)
  private boolean sequenceInferred;

  @Column(name = "position_title_printed", length = 500)
  private String positionTitlePrinted;

  @Column(name = "position_number_printed", length = 30)
  private String positionNumberPrinted;

  @Column(name = "acting_role_printed", length = 500)
  private String actingRolePrinted;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "acting_unit_id")
  private Unit actingUnit;

  @Column(name = "header_printed", length = 4000)
  private String headerPrinted;

  @Column(name = "review_note", length = 2000)
  private String reviewNote;

  @OneToMany(mappedBy = "assignment")
  @OrderBy("sortOrder")
  private List<DutyLine> lines = new ArrayList<>();

  @Version
  private long version;

  protected DutyAssignment() {}

  public DutyAssignment(OfficeOrder order, Staff staff, Unit unit, Position position, int sortOrder,
      Integer sequenceInUnit, boolean sequenceInferred) {
    this.order = order;
    // both sides: the order is kept in the shared cache, whose copy the database no longer fills
    order.getAssignments().add(this);
    this.staff = staff;
    this.unit = unit;
    this.position = position;
    this.sortOrder = sortOrder;
    this.sequenceInUnit = sequenceInUnit;
    this.sequenceInferred = sequenceInferred;
  }

  public void printed(String positionTitle, String positionNumber, String actingRole, Unit actingFor, String header) {
    this.positionTitlePrinted = positionTitle;
    this.positionNumberPrinted = positionNumber;
    this.actingRolePrinted = actingRole;
    this.actingUnit = actingFor;
    this.headerPrinted = header;
  }

  public void note(String note) {
    this.reviewNote = note;
  }

  /** The lines of this entry in printed order (the mapped list, kept in step when lines are added). */
  public void add(DutyLine line) {
    lines.add(line);
  }

  public Long getId() { return id; }
  public OfficeOrder getOrder() { return order; }
  public Staff getStaff() { return staff; }
  public Unit getUnit() { return unit; }
  public Position getPosition() { return position; }
  public int getSortOrder() { return sortOrder; }
  public Integer getSequenceInUnit() { return sequenceInUnit; }
  public boolean isSequenceInferred() { return sequenceInferred; }
  public String getPositionTitlePrinted() { return positionTitlePrinted; }
  public String getPositionNumberPrinted() { return positionNumberPrinted; }
  public String getActingRolePrinted() { return actingRolePrinted; }
  public Unit getActingUnit() { return actingUnit; }
  public String getHeaderPrinted() { return headerPrinted; }
  public String getReviewNote() { return reviewNote; }
  public List<DutyLine> getLines() { return lines; }
  public long getVersion() { return version; }
}
