package th.obec.esa.ict.assets.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * An item of an edition with its reference price and its minimum-specification lines in the
 * edition's order; what a purchase spec (F06) copies.
 */
public record CatalogItemView(
    long id,
    long editionId,
    String editionName,
    String itemNo,
    String category,
    String nameTh,
    String nameEn,
    String unit,
    BigDecimal referencePrice,
    Integer sourcePage,
    String sourceNote,
    List<String> specLines) implements Serializable {

  public CatalogItemView {
    specLines = specLines == null ? List.of() : List.copyOf(specLines);
  }
}
