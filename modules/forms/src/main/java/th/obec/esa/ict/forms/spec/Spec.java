package th.obec.esa.ict.forms.spec;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * The F06 part of a submission (same id): the edition, the totals, and when its goods were put
 * in the register, so that they are registered once whichever form (F06 or its F07) is used.
 */
@Entity
@Table(name = "frm_spec")
public class Spec {

  @Id
  @Column(name = "submission_id")
  private Long submissionId;

  @Column(name = "edition_id", nullable = false)
  private long editionId;

  @Column(name = "edition_name", nullable = false, length = 200)
  private String editionName;

  @Column(nullable = false, precision = 14, scale = 2)
  private BigDecimal total;

  @Column(name = "reference_total", nullable = false, precision = 14, scale = 2)
  private BigDecimal referenceTotal;

  @Column(name = "assets_created_at")
  private OffsetDateTime assetsCreatedAt;

  @Column(name = "assets_created_by", length = 64)
  private String assetsCreatedBy;

  @Version
  private long version;

  protected Spec() {}

  public Spec(long submissionId, long editionId, String editionName, BigDecimal total, BigDecimal referenceTotal) {
    this.submissionId = submissionId;
    this.editionId = editionId;
    this.editionName = editionName;
    this.total = total;
    this.referenceTotal = referenceTotal;
  }

  void assetsCreated(OffsetDateTime at, String by) {
    this.assetsCreatedAt = at;
    this.assetsCreatedBy = by;
  }

  public Long getSubmissionId() { return submissionId; }
  public long getEditionId() { return editionId; }
  public String getEditionName() { return editionName; }
  public BigDecimal getTotal() { return total; }
  public BigDecimal getReferenceTotal() { return referenceTotal; }
  public OffsetDateTime getAssetsCreatedAt() { return assetsCreatedAt; }
  public String getAssetsCreatedBy() { return assetsCreatedBy; }
}
