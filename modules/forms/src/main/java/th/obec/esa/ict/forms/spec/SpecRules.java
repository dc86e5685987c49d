package th.obec.esa.ict.forms.spec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of a purchase spec, pure so that each is unit-tested: how edited lines stand against
 * the catalogue, and which prices and lines need a written reason before the form may go.
 */
public final class SpecRules {

  /** Longest spec line and reason, as the columns allow. */
  public static final int TEXT_MAX = 1000;

  private SpecRules() {}

  /**
   * The item's lines, each marked against the catalogue. Catalogue lines the input leaves out
   * are kept as REMOVED (without a reason), so leaving a line out is never a silent deviation.
   *
   * @param input the edited lines; null copies the catalogue unchanged
   */
  public static List<DraftLine> lines(int itemNo, List<String> catalogue, List<SpecLineInput> input) {
    List<DraftLine> out = new ArrayList<>();
    if (input == null) {
      for (String c : catalogue) {
        out.add(new DraftLine(out.size() + 1, c, null, Deviation.AS_CATALOGUE, null));
      }
      return out;
    }
    Set<Integer> used = new HashSet<>();
    for (SpecLineInput in : input) {
      String text = clean(in.text());
      String reason = clean(in.reason());
      checkLength(itemNo, out.size() + 1, text, reason);
      if (in.catalogueLine() == null) {
        if (text != null) {
          out.add(new DraftLine(out.size() + 1, text, null, Deviation.ADDED, reason));
        }
        continue;
      }
      int c = in.catalogueLine();
      if (c < 1 || c > catalogue.size()) {
        throw new SpecException("forms.spec.catalogueLineUnknown", itemNo, c);
      }
      if (!used.add(c)) {
        throw new SpecException("forms.spec.catalogueLineTwice", itemNo, c);
      }
      String original = catalogue.get(c - 1);
      if (text == null) {
        out.add(new DraftLine(out.size() + 1, original, original, Deviation.REMOVED, reason));
      } else if (same(text, original)) {
        out.add(new DraftLine(out.size() + 1, original, null, Deviation.AS_CATALOGUE, null));
      } else {
        out.add(new DraftLine(out.size() + 1, text, original, Deviation.EDITED, reason));
      }
    }
    for (int c = 1; c <= catalogue.size(); c++) {
      if (!used.contains(c)) {
        String original = catalogue.get(c - 1);
        out.add(new DraftLine(out.size() + 1, original, original, Deviation.REMOVED, null));
      }
    }
    return out;
  }

  /**
   * Every reason still missing on one item, in order: the price first, then each edited or
   * removed line. Empty when the item may be submitted.
   */
  public static List<ReasonRequiredException> missingReasons(int itemNo, String itemName, BigDecimal unitPrice,
      BigDecimal referencePrice, String priceReason, List<DraftLine> lines) {
    List<ReasonRequiredException> out = new ArrayList<>();
    if (aboveReference(unitPrice, referencePrice) && clean(priceReason) == null) {
      out.add(new ReasonRequiredException("forms.spec.priceReasonRequired", itemNo, itemName, unitPrice,
          referencePrice));
    }
    for (DraftLine l : lines) {
      if (l.deviation().needsReason() && clean(l.reason()) == null) {
        out.add(new ReasonRequiredException(l.deviation() == Deviation.EDITED ? "forms.spec.editedLineReasonRequired"
            : "forms.spec.removedLineReasonRequired", itemNo + "." + l.lineNo(), l.text()));
      }
    }
    return out;
  }

  public static boolean aboveReference(BigDecimal unitPrice, BigDecimal referencePrice) {
    return unitPrice != null && referencePrice != null && unitPrice.compareTo(referencePrice) > 0;
  }

  /** Quantity at least one, unit price above zero in whole satang, within NUMERIC(14,2). */
  public static void checkQuantityAndPrice(int itemNo, int quantity, BigDecimal unitPrice) {
    if (quantity < 1 || quantity > 10_000) {
      throw new SpecException("forms.spec.quantityInvalid", itemNo);
    }
    checkPrice("forms.spec.priceInvalid", itemNo, unitPrice);
  }

  static void checkPrice(String key, int no, BigDecimal price) {
    if (price == null || price.signum() <= 0 || price.stripTrailingZeros().scale() > 2
        || price.precision() - price.scale() > 12) {
      throw new SpecException(key, no);
    }
  }

  public static BigDecimal amount(BigDecimal unitPrice, int quantity) {
    return unitPrice.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.UNNECESSARY);
  }

  static String clean(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static boolean same(String a, String b) {
    return a.replaceAll("\\s+", " ").equals(b.strip().replaceAll("\\s+", " "));
  }

  private static void checkLength(int itemNo, int lineNo, String text, String reason) {
    if ((text != null && text.length() > TEXT_MAX) || (reason != null && reason.length() > TEXT_MAX)) {
      throw new SpecException("forms.spec.lineTooLong", itemNo + "." + lineNo, TEXT_MAX);
    }
  }

  /** The first missing reason, thrown; so the form cannot go while one is missing. */
  public static void requireReasons(List<ReasonRequiredException> missing) {
    if (!missing.isEmpty()) {
      throw missing.get(0);
    }
  }
}
