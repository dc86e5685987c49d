package th.obec.esa.ict.assets.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * What changed from an older edition to a newer one: items new in the newer edition, items it no
 * longer lists, and items kept with another price or other spec lines.
 */
public record EditionComparison(
    List<ItemSnapshot> added,
    List<ItemSnapshot> removed,
    List<ItemChange> changed,
    int unchanged) implements Serializable {

  public EditionComparison {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
  }

  /** An item in both editions whose price or spec lines differ. */
  public record ItemChange(
      ItemSnapshot before,
      ItemSnapshot after,
      boolean priceChanged,
      boolean specChanged,
      List<String> specLinesAdded,
      List<String> specLinesRemoved) implements Serializable {

    public ItemChange {
      specLinesAdded = List.copyOf(specLinesAdded);
      specLinesRemoved = List.copyOf(specLinesRemoved);
    }

    /** The new price minus the old one (negative when the price fell). */
    public BigDecimal priceDelta() {
      return after.referencePrice().subtract(before.referencePrice());
    }
  }
}
