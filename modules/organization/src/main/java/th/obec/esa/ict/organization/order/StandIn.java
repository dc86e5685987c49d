package th.obec.esa.ict.organization.order;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import th.obec.esa.ict.organization.OrganizationException;
import th.obec.esa.ict.organization.staff.Staff;

/**
 * One printed stand-in clause and rank: {@code standIn} acts when {@code holder} is absent. The
 * same relation printed from both sides (1.10 of the holder, 2.11 of the stand-in) is two rows,
 * one per clause, so each can be cited as the basis of an action.
 */
@Entity
@Cacheable // read by every authority check: shared cache, kept current by this unit's own writes
@Table(name = "org_stand_in")
// read on every authority check, so their results are kept until a stand-in changes; they depend on
// the stand-in rows only (OrderService sorts them by their orders' dates itself, as those may change)
@NamedQuery(name = "StandIn.findByHolder",
    query = "SELECT s FROM StandIn s WHERE s.holder.id = :staff",
    hints = @QueryHint(name = "eclipselink.query-results-cache", value = "true"))
@NamedQuery(name = "StandIn.findByStandIn",
    query = "SELECT s FROM StandIn s WHERE s.standIn.id = :staff",
    hints = @QueryHint(name = "eclipselink.query-results-cache", value = "true"))
@NamedQuery(name = "StandIn.findByOrder", query = "SELECT s FROM StandIn s WHERE s.order.id = :order ORDER BY s.id")
public class StandIn {

  @Id
  @SequenceGenerator(name = "org_stand_in_seq", sequenceName = "org_stand_in_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_stand_in_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id")
  private OfficeOrder order;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "holder_staff_id")
  private Staff holder;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "holder_assignment_id")
  private DutyAssignment holderAssignment;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "stand_in_staff_id")
  private Staff standIn;

  @Column(name = "rank_order", nullable = false)
  private int rankOrder;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "clause_assignment_id")
  private DutyAssignment clauseAssignment;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "clause_duty_line_id")
  private DutyLine clauseLine;

  @Column(name = "clause_duty_number", nullable = false, length = 20)
  private String clauseDutyNumber;

  @Column(name = "printed_name", length = 500)
  private String printedName;

  @Column(name = "review_note", length = 2000)
  private String reviewNote;

  @Version
  private long version;

  protected StandIn() {}

  public StandIn(OfficeOrder order, Staff holder, DutyAssignment holderAssignment, Staff standIn, int rank,
      DutyLine clauseLine, String printedName) {
    if (holder == standIn || holder.getId() != null && Objects.equals(holder.getId(), standIn.getId())) {
      throw new OrganizationException("organization.standIn.self", clauseLine.citedNumber());
    }
    if (rank < 1) {
      throw new IllegalArgumentException("ranks start at 1");
    }
    this.order = order;
    this.holder = holder;
    this.holderAssignment = holderAssignment;
    this.standIn = standIn;
    this.rankOrder = rank;
    this.clauseAssignment = clauseLine.getAssignment();
    this.clauseLine = clauseLine;
    this.clauseDutyNumber = clauseLine.citedNumber();
    this.printedName = printedName;
  }

  public void note(String note) {
    this.reviewNote = note;
  }

  /** How an action taken as this stand-in cites its authority: "คำสั่งที่ 275/2561 ข้อ 2.11". */
  public String basis() {
    return "คำสั่งที่ " + order.number() + " ข้อ " + clauseDutyNumber;
  }

  public Long getId() { return id; }
  public OfficeOrder getOrder() { return order; }
  public Staff getHolder() { return holder; }
  public DutyAssignment getHolderAssignment() { return holderAssignment; }
  public Staff getStandIn() { return standIn; }
  public int getRankOrder() { return rankOrder; }
  public DutyAssignment getClauseAssignment() { return clauseAssignment; }
  public DutyLine getClauseLine() { return clauseLine; }
  public String getClauseDutyNumber() { return clauseDutyNumber; }
  public String getPrintedName() { return printedName; }
  public String getReviewNote() { return reviewNote; }
  public long getVersion() { return version; }

  /** The latest order first, then rank and entry order: how a person's stand-in relations are read. */
  static final java.util.Comparator<StandIn> LATEST_ORDER_FIRST = java.util.Comparator
      .comparing((StandIn s) -> s.getOrder().getEffectiveFrom(), java.util.Comparator.reverseOrder())
      .thenComparingInt(StandIn::getRankOrder).thenComparing(StandIn::getId);
}
