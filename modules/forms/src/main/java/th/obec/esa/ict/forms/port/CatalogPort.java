package th.obec.esa.ict.forms.port;

import java.util.List;
import java.util.Optional;

/**
 * The reference-price catalogue (the assets module's), as a purchase spec (F06) reads it: an
 * edition, its items with their minimum-specification lines and reference prices.
 */
public interface CatalogPort {

  /** All editions, newest announcement first. */
  List<CatalogEdition> editions();

  /** Items of one edition whose name or category contains {@code text} (all when blank), at most {@code max}. */
  List<CatalogEntry> items(long editionId, String text, int max);

  Optional<CatalogEntry> item(long itemId);
}
