package th.obec.esa.ict.forms.port;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * An item of an edition as a spec copies it: its number in the edition ("11"), Thai name, unit,
 * reference price in baht and the minimum-specification lines in the edition's order.
 */
public record CatalogEntry(long id, long editionId, String editionName, String itemNo, String name, String unit,
    BigDecimal referencePrice, List<String> specLines) implements Serializable {

  public CatalogEntry {
    specLines = specLines == null ? List.of() : List.copyOf(specLines);
  }
}
