package th.obec.esa.ict.traffic.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import th.obec.esa.ict.traffic.api.ExtensionView;

/**
 * An official order to keep part of the record beyond the retention period (sec. 26: an official
 * may order it kept longer, up to two years). The order's number and who gave it are kept so
 * that a record outliving its normal period can always say why.
 */
@Entity
@Table(name = "trf_extension")
@NamedQuery(name = "Extension.findAll", query = "SELECT e FROM Extension e ORDER BY e.keptUntil DESC, e.id DESC")
@NamedQuery(name = "Extension.findActive", query = "SELECT e FROM Extension e WHERE e.keptUntil >= :day")
public class Extension {

  public static final int ORDER_NO_LENGTH = 100;
  public static final int ORDERED_BY_LENGTH = 200;
  public static final int REASON_LENGTH = 1000;

  @Id
  @SequenceGenerator(name = "trf_extension_gen", sequenceName = "trf_extension_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trf_extension_gen")
  private Long id;

  @Column(name = "order_no", nullable = false, length = ORDER_NO_LENGTH)
  private String orderNo;

  @Column(name = "ordered_by", nullable = false, length = ORDERED_BY_LENGTH)
  private String orderedBy;

  @Column(name = "covers_from", nullable = false)
  private OffsetDateTime coversFrom;

  @Column(name = "covers_to", nullable = false)
  private OffsetDateTime coversTo;

  @Column(name = "kept_until", nullable = false)
  private LocalDate keptUntil;

  @Column(nullable = false, length = REASON_LENGTH)
  private String reason;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  @Version
  private long version;

  protected Extension() {}

  public Extension(NewExtension n, String recordedBy, OffsetDateTime recordedAt) {
    this.orderNo = n.orderNo().trim();
    this.orderedBy = n.orderedBy().trim();
    this.coversFrom = n.coversFrom();
    this.coversTo = n.coversTo();
    this.keptUntil = n.keptUntil();
    this.reason = n.reason().trim();
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  /** What leaves the module: the order as a record. */
  public ExtensionView view() {
    return new ExtensionView(id, orderNo, orderedBy, coversFrom, coversTo, keptUntil, reason, recordedBy, recordedAt);
  }

  public ExtensionWindow window() {
    return new ExtensionWindow(coversFrom, coversTo, keptUntil);
  }

  public Long getId() { return id; }
  public String getOrderNo() { return orderNo; }
  public String getOrderedBy() { return orderedBy; }
  public OffsetDateTime getCoversFrom() { return coversFrom; }
  public OffsetDateTime getCoversTo() { return coversTo; }
  public LocalDate getKeptUntil() { return keptUntil; }
  public String getReason() { return reason; }
  public String getRecordedBy() { return recordedBy; }
  public OffsetDateTime getRecordedAt() { return recordedAt; }
}
