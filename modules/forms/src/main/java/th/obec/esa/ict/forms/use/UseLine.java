package th.obec.esa.ict.forms.use;


import java.math.BigDecimal;

/**
 * A line of an F02 request: what, how many, in what unit, the asset when it is a registered one,
 * and the unit price (baht) the request's amount is computed from ({@code null}: not given).
 */
public record UseLine(String description, int quantity, String unitName, Long assetId, BigDecimal unitPrice) {

  /** A line without a price (the request then carries no amount, and none may be typed for it). */
  public UseLine(String description, int quantity, String unitName, Long assetId) {
    this(description, quantity, unitName, assetId, null);
  }

  /** quantity × unit price, or null without a price. */
  public BigDecimal value() {
    return th.obec.esa.ict.forms.submission.LineAmounts.lineValue(quantity, unitPrice);
  }
}
