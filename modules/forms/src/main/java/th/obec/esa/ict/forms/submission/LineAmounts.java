package th.obec.esa.ict.forms.submission;

import static th.obec.esa.ict.platform.BusinessException.field;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import th.obec.esa.ict.platform.BusinessException;

/**
 * The amount of a form that has lines (F02: quantity × unit price; F04: each lent asset's price in
 * the register), computed, never typed: a ceiling must hold on what is actually asked for. A typed
 * amount that disagrees with the lines is refused (not silently replaced), so a REST client learns
 * that its figure was wrong; one that agrees is accepted. Where a line has no price the total is
 * unknown: that is refused when a ceiling may apply to the form's power, and otherwise the request
 * carries no amount (and a typed one is refused: the lines, not a typed figure, give the amount).
 */
public final class LineAmounts {

  /**
   * The values of a form's lines, in order; a null value is a line without a price.
   *
   * @param values one per line
   */
  public record Lines(List<BigDecimal> values) {

    public Lines {
      values = values == null ? List.of() : new ArrayList<>(values);
    }

    /** The sum, or null when any line has no price (or there is no line). */
    public BigDecimal total() {
      if (values.isEmpty() || values.contains(null)) {
        return null;
      }
      return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The 1-based number of the first line without a price, 0 when every line has one. */
    public int firstUnpriced() {
      return values.indexOf(null) + 1;
    }
  }

  private LineAmounts() {}

  /** An F02 line's value: quantity × unit price; null when the price is missing. */
  public static BigDecimal lineValue(int quantity, BigDecimal unitPrice) {
    return unitPrice == null ? null : unitPrice.multiply(BigDecimal.valueOf(quantity));
  }

  /**
   * The amount to store for a form with lines.
   *
   * @param typed the amount the requester typed, or null
   * @param lines the lines' values
   * @param ceilingMayApply whether a ceiling may apply to the form's power in the requester's unit
   * @param unpricedField the field an unpriced line's message belongs to ("lines", "assets")
   * @param unpricedKey the message for an unpriced line; its argument is {@code unpricedArg}
   * @param unpricedArg what names the unpriced line (its number, or the asset's number)
   * @throws BusinessException {@code forms.amount.disagreesWithLines} (field amount) when the typed
   *     amount is not the lines' total, {@code forms.amount.fromLines} when an amount is typed but the
   *     lines give none, {@code unpricedKey} when a ceiling may apply and a line has no price
   */
  public static BigDecimal resolve(BigDecimal typed, Lines lines, boolean ceilingMayApply, String unpricedField,
      String unpricedKey, Object unpricedArg) {
    BigDecimal total = lines.total();
    if (total != null) {
      if (typed != null && typed.compareTo(total) != 0) {
        throw new BusinessException(field("amount"), "forms.amount.disagreesWithLines", typed, total);
      }
      return total;
    }
    if (ceilingMayApply && lines.firstUnpriced() > 0) {
      throw new BusinessException(field(unpricedField), unpricedKey, unpricedArg);
    }
    if (typed != null) {
      throw new BusinessException(field("amount"), "forms.amount.fromLines");
    }
    return null;
  }
}
