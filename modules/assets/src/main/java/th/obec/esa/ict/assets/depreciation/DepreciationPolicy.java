package th.obec.esa.ict.assets.depreciation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The office's depreciation rule for one asset category. A category without a policy has no
 * book value: the office decides where it wants one.
 */
@Entity
@Table(name = "ast_depreciation_policy")
@NamedQuery(name = "DepreciationPolicy.findAll", query = "SELECT p FROM DepreciationPolicy p ORDER BY p.category")
@NamedQuery(name = "DepreciationPolicy.findByCategory",
    query = "SELECT p FROM DepreciationPolicy p WHERE p.category = :category")
public class DepreciationPolicy {

  @Id
  @SequenceGenerator(name = "ast_depreciation_policy_seq", sequenceName = "ast_depreciation_policy_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ast_depreciation_policy_seq")
  private Long id;

  @Column(nullable = false, length = 200)
  private String category;

  @Column(name = "useful_life_years", nullable = false)
  private int usefulLifeYears;

  @Column(name = "salvage_value", nullable = false, precision = 14, scale = 2)
  private BigDecimal salvageValue;

  @Version
  private long version;

  protected DepreciationPolicy() {}

  public DepreciationPolicy(String category, int usefulLifeYears, BigDecimal salvageValue) {
    this.category = category;
    change(usefulLifeYears, salvageValue);
  }

  public final void change(int lifeYears, BigDecimal salvage) {
    if (lifeYears < 1 || lifeYears > 100) {
      throw new PolicyInvalidException("usefulLifeYears", "assets.depreciation.life.invalid", lifeYears);
    }
    if (salvage == null || salvage.signum() < 0) {
      throw new PolicyInvalidException("salvageValue", "assets.depreciation.salvage.invalid", salvage);
    }
    this.usefulLifeYears = lifeYears;
    this.salvageValue = salvage;
  }

  /** The book value of an asset of this category; where the salvage value exceeds a cheap asset's price, its price. */
  public BigDecimal bookValue(BigDecimal cost, LocalDate acquiredOn, LocalDate asOf) {
    return Depreciation.bookValue(cost, salvageValue.min(cost), usefulLifeYears, acquiredOn, asOf);
  }

  public Long getId() {
    return id;
  }

  public String getCategory() {
    return category;
  }

  public int getUsefulLifeYears() {
    return usefulLifeYears;
  }

  public BigDecimal getSalvageValue() {
    return salvageValue;
  }

  public long getVersion() {
    return version;
  }
}
