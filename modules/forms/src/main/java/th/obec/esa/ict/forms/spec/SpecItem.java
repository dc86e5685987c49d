package th.obec.esa.ict.forms.spec;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** An item of an F06, the catalogue item copied as it was printed in the edition. */
@Entity
@Table(name = "frm_spec_item")
@NamedQuery(name = "SpecItem.of", query = "SELECT i FROM SpecItem i WHERE i.submissionId = :id ORDER BY i.itemNo")
public class SpecItem {

  @Id
  @SequenceGenerator(name = "frm_spec_item_seq", sequenceName = "frm_spec_item_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "frm_spec_item_seq")
  private Long id;

  @Column(name = "submission_id", nullable = false)
  private long submissionId;

  @Column(name = "item_no", nullable = false)
  private int itemNo;

  @Column(name = "catalog_item_id", nullable = false)
  private long catalogItemId;

  @Column(name = "catalog_item_no", nullable = false, length = 20)
  private String catalogItemNo;

  @Column(nullable = false, length = 500)
  private String name;

  @Column(name = "unit_name", length = 50)
  private String unitName;

  @Column(nullable = false)
  private int quantity;

  @Column(name = "reference_price", nullable = false, precision = 14, scale = 2)
  private BigDecimal referencePrice;

  @Column(name = "unit_price", nullable = false, precision = 14, scale = 2)
  private BigDecimal unitPrice;

  @Column(name = "price_reason", length = 1000)
  private String priceReason;

  protected SpecItem() {}

  public SpecItem(long submissionId, int itemNo, long catalogItemId, String catalogItemNo, String name, String unitName,
      int quantity, BigDecimal referencePrice, BigDecimal unitPrice, String priceReason) {
    this.submissionId = submissionId;
    this.itemNo = itemNo;
    this.catalogItemId = catalogItemId;
    this.catalogItemNo = catalogItemNo;
    this.name = name;
    this.unitName = unitName;
    this.quantity = quantity;
    this.referencePrice = referencePrice;
    this.unitPrice = unitPrice;
    this.priceReason = priceReason;
  }

  public Long getId() { return id; }
  public long getSubmissionId() { return submissionId; }
  public int getItemNo() { return itemNo; }
  public long getCatalogItemId() { return catalogItemId; }
  public String getCatalogItemNo() { return catalogItemNo; }
  public String getName() { return name; }
  public String getUnitName() { return unitName; }
  public int getQuantity() { return quantity; }
  public BigDecimal getReferencePrice() { return referencePrice; }
  public BigDecimal getUnitPrice() { return unitPrice; }
  public String getPriceReason() { return priceReason; }
}
