package th.obec.esa.ict.traffic.retention;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An extension order as entered: number of the order or letter, who ordered it (name and
 * position or authority), the records covered (occurred in [coversFrom, coversTo)), the last day
 * to keep them, and why.
 */
public record NewExtension(String orderNo, String orderedBy, OffsetDateTime coversFrom, OffsetDateTime coversTo,
    LocalDate keptUntil, String reason) {

  /**
   * The rules an order must meet; the first one broken, as a business exception.
   *
   * @param today the office's current date
   */
  public void check(LocalDate today) {
    required("orderNo", orderNo, Extension.ORDER_NO_LENGTH);
    required("orderedBy", orderedBy, Extension.ORDERED_BY_LENGTH);
    required("reason", reason, Extension.REASON_LENGTH);
    if (coversFrom == null) {
      throw new ExtensionInvalidException("coversFrom", "traffic.extension.required");
    }
    if (coversTo == null) {
      throw new ExtensionInvalidException("coversTo", "traffic.extension.required");
    }
    if (!coversTo.isAfter(coversFrom)) {
      throw new ExtensionInvalidException("coversTo", "traffic.extension.rangeReversed");
    }
    if (keptUntil == null) {
      throw new ExtensionInvalidException("keptUntil", "traffic.extension.required");
    }
    if (keptUntil.isBefore(today)) {
      throw new ExtensionInvalidException("keptUntil", "traffic.extension.untilPast");
    }
  }

  private static void required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new ExtensionInvalidException(field, "traffic.extension.required");
    }
    if (value.trim().length() > max) {
      throw new ExtensionInvalidException(field, "traffic.extension.tooLong", max);
    }
  }
}
