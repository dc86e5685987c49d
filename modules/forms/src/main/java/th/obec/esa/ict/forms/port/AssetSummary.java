package th.obec.esa.ict.forms.port;

/**
 * What a form shows of an asset of the register, its status now, and its price in the register
 * (baht; null when the register has none): an F04's amount is the sum of the lent assets' prices.
 */
public record AssetSummary(long id, String assetNumber, String name, AssetState state, String location,
    java.math.BigDecimal price) {

  public AssetSummary(long id, String assetNumber, String name, AssetState state, String location) {
    this(id, assetNumber, name, state, location, null);
  }
}
