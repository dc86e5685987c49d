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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import th.obec.esa.ict.organization.OrganizationException;
import th.obec.esa.ict.organization.staff.Staff;
import th.obec.esa.ict.organization.unit.Office;

/**
 * An order of the office (คำสั่ง … ที่ 275/2561). Never overwritten: a later order supersedes it
 * from its own effective date, and this one keeps the period in which it was in force.
 */
@Entity
@Cacheable // read by every authority check (a stand-in's order): shared cache; see DutyAssignment's constructor
@Table(name = "org_order")
@NamedQuery(name = "OfficeOrder.findAll",
    query = "SELECT o FROM OfficeOrder o ORDER BY o.effectiveFrom DESC, o.yearBe DESC, o.orderNumber DESC")
@NamedQuery(name = "OfficeOrder.findByNumber",
    query = "SELECT o FROM OfficeOrder o WHERE o.office.id = :office AND o.orderNumber = :number AND o.yearBe = :year")
@NamedQuery(name = "OfficeOrder.findSuperseding", query = "SELECT o FROM OfficeOrder o WHERE o.supersedes.id = :id")
public class OfficeOrder {

  @Id
  @SequenceGenerator(name = "org_order_seq", sequenceName = "org_order_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_order_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "office_id")
  private Office office;

  @Column(name = "order_number", nullable = false)
  private int orderNumber;

  @Column(name = "year_be", nullable = false)
  private int yearBe;

  @Column(name = "number_printed", length = 50)
  private String numberPrinted;

  @Column(name = "issuer_printed", length = 500)
  private String issuerPrinted;

  @Column(name = "subject_th", nullable = false, length = 1000)
  private String subjectTh;

  @Column(name = "legal_basis_th", length = 4000)
  private String legalBasisTh;

  @Column(name = "preamble_th", length = 4000)
  private String preambleTh;

  @Column(name = "closing_th", length = 4000)
  private String closingTh;

  @Column(name = "order_date", nullable = false)
  private LocalDate orderDate;

  @Column(name = "signed_date_printed", length = 200)
  private String signedDatePrinted;

  @Column(name = "effective_from", nullable = false)
  private LocalDate effectiveFrom;

  @Column(name = "effective_from_printed", length = 200)
  private String effectiveFromPrinted;

  /** Exclusive: the first day the order is no longer in force. */
  @Column(name = "effective_to")
  private LocalDate effectiveTo;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "signer_staff_id")
  private Staff signer;

  @Column(name = "signer_name_printed", length = 300)
  private String signerNamePrinted;

  @Column(name = "signer_position_printed", length = 500)
  private String signerPositionPrinted;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "supersedes_order_id")
  private OfficeOrder supersedes;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private OrderStatus status;

  @Column(nullable = false)
  private boolean excerpt;

  @Column(name = "source_note", length = 4000)
  private String sourceNote;

  @OneToMany(mappedBy = "order")
  @OrderBy("sortOrder")
  private List<DutyAssignment> assignments = new ArrayList<>();

  @Version
  private long version;

  protected OfficeOrder() {}

  public OfficeOrder(Office office, int orderNumber, int yearBe, String subjectTh, LocalDate orderDate, LocalDate effectiveFrom) {
    this.office = Objects.requireNonNull(office, "office");
    this.orderNumber = orderNumber;
    this.yearBe = yearBe;
    this.numberPrinted = orderNumber + "/" + yearBe;
    this.subjectTh = Objects.requireNonNull(subjectTh, "subject");
    this.orderDate = Objects.requireNonNull(orderDate, "order date");
    this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effective from");
    this.status = OrderStatus.IN_FORCE;
  }

  /** The texts printed around the assignments, kept verbatim for the printable order. */
  public void printed(String numberPrinted, String issuer, String legalBasis, String preamble, String closing,
      String signedDate, String effectiveFromText, String signerName, String signerPosition, Staff signerStaff) {
    if (numberPrinted != null) {
      this.numberPrinted = numberPrinted;
    }
    this.issuerPrinted = issuer;
    this.legalBasisTh = legalBasis;
    this.preambleTh = preamble;
    this.closingTh = closing;
    this.signedDatePrinted = signedDate;
    this.effectiveFromPrinted = effectiveFromText;
    this.signerNamePrinted = signerName;
    this.signerPositionPrinted = signerPosition;
    this.signer = signerStaff;
  }

  /** Marks the order as known only from an excerpt, saying what is missing. */
  public void excerpt(String note) {
    this.excerpt = true;
    this.sourceNote = note;
  }

  /**
   * This order replaces {@code older} from this order's effective date: the older one keeps its
   * past (status SUPERSEDED, in force until the day before), so history stays answerable.
   */
  public void supersede(OfficeOrder older) {
    if (older == null || older == this || Objects.equals(older.id, id) && id != null) {
      throw new SupersessionException("self", number(), number());
    }
    if (!Objects.equals(older.office.getId(), office.getId())) {
      throw new SupersessionException("otherOffice", number(), older.number());
    }
    if (older.status != OrderStatus.IN_FORCE) {
      throw new SupersessionException("notInForce", number(), older.number());
    }
    if (!effectiveFrom.isAfter(older.effectiveFrom)) {
      throw new SupersessionException("notLater", number(), older.number());
    }
    if (status == OrderStatus.DRAFT) {
      throw new SupersessionException("draft", number(), older.number());
    }
    this.supersedes = older;
    older.status = OrderStatus.SUPERSEDED;
    older.effectiveTo = effectiveFrom;
  }

  /** Ends the order from {@code from} without a successor (e.g. it was cancelled). */
  public void revoke(LocalDate from) {
    if (status != OrderStatus.IN_FORCE) {
      throw new OrganizationException("organization.order.revoke.notInForce", number());
    }
    if (from == null || from.isBefore(effectiveFrom)) {
      throw OrganizationException.onField("effectiveTo", "organization.order.revoke.beforeStart", number());
    }
    status = OrderStatus.REVOKED;
    effectiveTo = from;
  }

  /** A draft takes effect; until then none of its assignments count. */
  public void bringIntoForce() {
    if (status != OrderStatus.DRAFT) {
      throw new OrganizationException("organization.order.notDraft", number());
    }
    status = OrderStatus.IN_FORCE;
  }

  /** True when the order governed on that day: signed (not a draft), started, and not yet ended. */
  public boolean isInForceOn(LocalDate day) {
    return status != OrderStatus.DRAFT && !day.isBefore(effectiveFrom) && (effectiveTo == null || day.isBefore(effectiveTo));
  }

  /** "275/2561", how every clause and basis cites the order. */
  public String number() {
    return orderNumber + "/" + yearBe;
  }

  public Long getId() { return id; }
  public Office getOffice() { return office; }
  public int getOrderNumber() { return orderNumber; }
  public int getYearBe() { return yearBe; }
  public String getNumberPrinted() { return numberPrinted; }
  public String getIssuerPrinted() { return issuerPrinted; }
  public String getSubjectTh() { return subjectTh; }
  public String getLegalBasisTh() { return legalBasisTh; }
  public String getPreambleTh() { return preambleTh; }
  public String getClosingTh() { return closingTh; }
  public LocalDate getOrderDate() { return orderDate; }
  public String getSignedDatePrinted() { return signedDatePrinted; }
  public LocalDate getEffectiveFrom() { return effectiveFrom; }
  public String getEffectiveFromPrinted() { return effectiveFromPrinted; }
  public LocalDate getEffectiveTo() { return effectiveTo; }
  public Staff getSigner() { return signer; }
  public String getSignerNamePrinted() { return signerNamePrinted; }
  public String getSignerPositionPrinted() { return signerPositionPrinted; }
  public OfficeOrder getSupersedes() { return supersedes; }
  public OrderStatus getStatus() { return status; }
  public boolean isExcerpt() { return excerpt; }
  public String getSourceNote() { return sourceNote; }
  public List<DutyAssignment> getAssignments() { return assignments; }
  public long getVersion() { return version; }
}
