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
import java.time.OffsetDateTime;

/** An asset registered from an F06 (or its F07): which form, which item, its number and price. */
@Entity
@Table(name = "frm_spec_asset")
@NamedQuery(name = "SpecAsset.of", query = "SELECT a FROM SpecAsset a WHERE a.specId = :spec ORDER BY a.id")
public class SpecAsset {

  @Id
  @SequenceGenerator(name = "frm_spec_asset_seq", sequenceName = "frm_spec_asset_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "frm_spec_asset_seq")
  private Long id;

  @Column(name = "spec_submission_id", nullable = false)
  private long specId;

  @Column(name = "source_submission_id", nullable = false)
  private long sourceId;

  @Column(name = "spec_item_id", nullable = false)
  private long specItemId;

  @Column(name = "asset_id", nullable = false)
  private long assetId;

  @Column(name = "asset_number", nullable = false, length = 60)
  private String assetNumber;

  @Column(nullable = false, precision = 14, scale = 2)
  private BigDecimal price;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected SpecAsset() {}

  public SpecAsset(long specId, long sourceId, long specItemId, long assetId, String assetNumber, BigDecimal price,
      OffsetDateTime createdAt) {
    this.specId = specId;
    this.sourceId = sourceId;
    this.specItemId = specItemId;
    this.assetId = assetId;
    this.assetNumber = assetNumber;
    this.price = price;
    this.createdAt = createdAt;
  }

  public CreatedAsset view() {
    return new CreatedAsset(assetId, assetNumber, specItemId, sourceId, price);
  }
}
