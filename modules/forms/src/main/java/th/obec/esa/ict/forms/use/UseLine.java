package th.obec.esa.ict.forms.use;

import java.math.BigDecimal;

/**
 * A line of an F02 request: what, how many, in what unit, the asset when it is a registered one,
 * and the unit price (baht) the request's amount is computed from ({@code null}: not given).
 */
public record UseLine(String description, int quantity, String unitName, Long assetId, BigDecimal unitPrice) {
  // one constructor and no other methods: the REST body binds to it (a second constructor left the JSON
  // binding unsure which to use); the line's value is LineAmounts.lineValue(quantity, unitPrice)
}
