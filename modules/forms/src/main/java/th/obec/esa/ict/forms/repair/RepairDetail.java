package th.obec.esa.ict.forms.repair;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import th.obec.esa.ict.forms.port.AssetSummary;

/** F03's own fields, one row per repair request; the asset's number and name as they were when filed. */
@Entity
@Table(name = "frm_repair")
public class RepairDetail {

  public static final int SYMPTOMS_MAX = 2000;

  @Id
  @Column(name = "submission_id")
  private Long submissionId;

  @Column(name = "asset_id")
  private Long assetId;

  @Column(name = "asset_number", length = 40)
  private String assetNumber;

  @Column(name = "asset_name", length = 500)
  private String assetName;

  @Column(name = "described_item", length = 500)
  private String describedItem;

  @Column(length = 300)
  private String location;

  @Column(nullable = false, length = SYMPTOMS_MAX)
  private String symptoms;

  @Column(name = "beyond_repair", nullable = false)
  private boolean beyondRepair;

  protected RepairDetail() {}

  public RepairDetail(long submissionId, AssetSummary asset, String describedItem, String location, String symptoms) {
    this.submissionId = submissionId;
    if (asset != null) {
      this.assetId = asset.id();
      this.assetNumber = asset.assetNumber();
      this.assetName = asset.name();
    }
    this.describedItem = describedItem;
    this.location = location;
    this.symptoms = symptoms;
  }

  public void markBeyondRepair() {
    this.beyondRepair = true;
  }

  public Long getAssetId() {
    return assetId;
  }

  public RepairView view() {
    return new RepairView(assetId, assetNumber, assetName, describedItem, location, symptoms, beyondRepair);
  }
}
