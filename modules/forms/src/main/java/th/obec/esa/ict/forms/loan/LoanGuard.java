package th.obec.esa.ict.forms.loan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A row per lendable asset, locked while a booking of it is checked and stored: two overlapping
 * requests filed in the same second cannot both pass the check.
 */
@Entity
@Table(name = "frm_loan_guard")
public class LoanGuard {

  @Id
  @Column(name = "asset_id")
  private Long assetId;

  @Version
  private long version;

  protected LoanGuard() {}

  public LoanGuard(long assetId) {
    this.assetId = assetId;
  }
}
