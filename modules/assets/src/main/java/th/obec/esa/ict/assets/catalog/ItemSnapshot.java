package th.obec.esa.ict.assets.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** An item of an edition as plain values: what an import row yields and what a comparison reads. */
public record ItemSnapshot(
    String itemNo,
    String category,
    String nameTh,
    String nameEn,
    String unit,
    BigDecimal referencePrice,
    Integer sourcePage,
    List<String> specLines) implements Serializable {

  public ItemSnapshot {
    specLines = specLines == null ? List.of() : List.copyOf(specLines);
  }

  /** Same printed content (prices compared by value, so 19000 equals 19000.00). */
  public boolean sameContentAs(ItemSnapshot other) {
    return Objects.equals(itemNo, other.itemNo)
        && Objects.equals(category, other.category)
        && Objects.equals(nameTh, other.nameTh)
        && Objects.equals(nameEn, other.nameEn)
        && Objects.equals(unit, other.unit)
        && referencePrice.compareTo(other.referencePrice) == 0
        && Objects.equals(sourcePage, other.sourcePage)
        && specLines.equals(other.specLines);
  }
}
