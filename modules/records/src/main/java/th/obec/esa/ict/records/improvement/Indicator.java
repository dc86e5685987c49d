package th.obec.esa.ict.records.improvement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One measured indicator of an improvement, a part of it (table rec_indicator). */
@Embeddable
public class Indicator {

  @Column(nullable = false, length = 300)
  private String name;

  @Column(name = "before_value", nullable = false, precision = 18, scale = 4)
  private BigDecimal beforeValue;

  @Column(name = "after_value", nullable = false, precision = 18, scale = 4)
  private BigDecimal afterValue;

  @Column(length = 60)
  private String unit;

  protected Indicator() {}

  Indicator(String name, BigDecimal beforeValue, BigDecimal afterValue, String unit) {
    this.name = name;
    this.beforeValue = beforeValue;
    this.afterValue = afterValue;
    this.unit = unit;
  }

  public String getName() { return name; }
  public BigDecimal getBeforeValue() { return beforeValue; }
  public BigDecimal getAfterValue() { return afterValue; }
  public String getUnit() { return unit; }
}
