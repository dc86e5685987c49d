package th.obec.esa.ict.assets.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import th.obec.esa.ict.assets.api.AssetStatus;
import th.obec.esa.ict.assets.api.LocationKind;

/**
 * An asset (ครุภัณฑ์) of the office. Its custodian is kept by value (the organisation module's
 * staff id and/or the directory uid), never as a reference into another module. Status changes go
 * through {@link #moveTo}, which enforces {@link StatusTransitions}.
 */
@Entity
@Table(name = "ast_asset")
@NamedQuery(name = "Asset.findByNumber", query = "SELECT a FROM Asset a WHERE a.assetNumber = :number")
public class Asset {

  public static final int NAME_LENGTH = 500;
  public static final int TEXT_LENGTH = 200;
  public static final int NOTE_LENGTH = 300;
  public static final int SERIAL_LENGTH = 100;

  @Id
  @SequenceGenerator(name = "ast_asset_seq", sequenceName = "ast_asset_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ast_asset_seq")
  private Long id;

  @Column(name = "asset_number", nullable = false, length = 40)
  private String assetNumber;

  @Column(nullable = false, length = NAME_LENGTH)
  private String name;

  @Column(length = 200)
  private String category;

  @Column(name = "catalog_item_id")
  private Long catalogItemId;

  @Column(name = "edition_id")
  private Long editionId;

  @Column(length = TEXT_LENGTH)
  private String brand;

  @Column(length = TEXT_LENGTH)
  private String model;

  @Column(name = "serial_no", length = SERIAL_LENGTH)
  private String serialNo;

  @Column(name = "acquired_on", nullable = false)
  private LocalDate acquiredOn;

  @Column(nullable = false, precision = 14, scale = 2)
  private BigDecimal price;

  @Column(name = "budget_source", length = NOTE_LENGTH)
  private String budgetSource;

  @Column(name = "procurement_ref", length = NOTE_LENGTH)
  private String procurementRef;

  @Enumerated(EnumType.STRING)
  @Column(name = "location_kind", nullable = false, length = 20)
  private LocationKind locationKind;

  @Column(nullable = false, length = NOTE_LENGTH)
  private String location;

  @Column(name = "custodian_staff_id")
  private Long custodianStaffId;

  @Column(name = "custodian_uid", length = 64)
  private String custodianUid;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private AssetStatus status;

  @Column(name = "status_changed_at", nullable = false)
  private OffsetDateTime statusChangedAt;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "search_text", nullable = false, length = 2000)
  private String searchText;

  @Version
  private long version;

  protected Asset() {}

  public Asset(String assetNumber, AssetDetails details, OffsetDateTime now) {
    this.assetNumber = assetNumber;
    this.status = AssetStatus.IN_USE;
    this.statusChangedAt = now;
    this.createdAt = now;
    apply(details);
  }

  /** Replaces the descriptive data; the number, status and history are not part of it. */
  public final void apply(AssetDetails d) {
    d.check();
    this.name = d.name().strip();
    this.category = blankToNull(d.category());
    this.catalogItemId = d.catalogItemId();
    this.editionId = d.editionId();
    this.brand = blankToNull(d.brand());
    this.model = blankToNull(d.model());
    this.serialNo = blankToNull(d.serialNo());
    this.acquiredOn = d.acquiredOn();
    this.price = d.price();
    this.budgetSource = blankToNull(d.budgetSource());
    this.procurementRef = blankToNull(d.procurementRef());
    this.locationKind = d.locationKind();
    this.location = d.location().strip();
    this.custodianStaffId = d.custodianStaffId();
    this.custodianUid = blankToNull(d.custodianUid());
    this.searchText = searchTextOf(assetNumber, serialNo, name, brand, model, location);
  }

  /** @return the status before the change */
  public AssetStatus moveTo(AssetStatus to, OffsetDateTime now) {
    StatusTransitions.require(assetNumber, status, to);
    AssetStatus from = status;
    status = to;
    statusChangedAt = now;
    return from;
  }

  public AssetDetails details() {
    return new AssetDetails(name, category, catalogItemId, editionId, brand, model, serialNo, acquiredOn, price,
        budgetSource, procurementRef, locationKind, location, custodianStaffId, custodianUid);
  }

  /** What the list's text search reads: the words that identify an asset, lower case. */
  static String searchTextOf(String... parts) {
    String text = Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
    return text.length() > 2000 ? text.substring(0, 2000) : text;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public Long getId() {
    return id;
  }

  public String getAssetNumber() {
    return assetNumber;
  }

  public String getName() {
    return name;
  }

  public String getCategory() {
    return category;
  }

  public Long getCatalogItemId() {
    return catalogItemId;
  }

  public Long getEditionId() {
    return editionId;
  }

  public String getBrand() {
    return brand;
  }

  public String getModel() {
    return model;
  }

  public String getSerialNo() {
    return serialNo;
  }

  public LocalDate getAcquiredOn() {
    return acquiredOn;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public String getBudgetSource() {
    return budgetSource;
  }

  public String getProcurementRef() {
    return procurementRef;
  }

  public LocationKind getLocationKind() {
    return locationKind;
  }

  public String getLocation() {
    return location;
  }

  public Long getCustodianStaffId() {
    return custodianStaffId;
  }

  public String getCustodianUid() {
    return custodianUid;
  }

  public AssetStatus getStatus() {
    return status;
  }

  public OffsetDateTime getStatusChangedAt() {
    return statusChangedAt;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
