package th.obec.esa.ict.forms.use;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A stored line of an F02 request. */
@Entity
@Table(name = "frm_use_item")
@NamedQuery(name = "UseItem.of", query = "SELECT u FROM UseItem u WHERE u.submissionId = :id ORDER BY u.lineNo")
public class UseItem {

  @Id
  @SequenceGenerator(name = "frm_use_item_seq", sequenceName = "frm_use_item_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "frm_use_item_seq")
  private Long id;

  @Column(name = "submission_id", nullable = false)
  private long submissionId;

  @Column(name = "line_no", nullable = false)
  private int lineNo;

  @Column(nullable = false, length = 500)
  private String description;

  @Column(nullable = false)
  private int quantity;

  @Column(name = "unit_name", nullable = false, length = 50)
  private String unitName;

  @Column(name = "asset_id")
  private Long assetId;

  @Column(name = "unit_price", precision = 14, scale = 2)
  private java.math.BigDecimal unitPrice;

  protected UseItem() {}

  public UseItem(long submissionId, int lineNo, UseLine line) {
    this.submissionId = submissionId;
    this.lineNo = lineNo;
    this.description = line.description();
    this.quantity = line.quantity();
    this.unitName = line.unitName();
    this.assetId = line.assetId();
    this.unitPrice = line.unitPrice();
  }

  public UseLine line() {
    return new UseLine(description, quantity, unitName, assetId, unitPrice);
  }
}
