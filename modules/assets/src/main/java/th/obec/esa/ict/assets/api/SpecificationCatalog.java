package th.obec.esa.ict.assets.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * The reference-price catalogue as other modules read it: the forms module picks an edition and
 * an item for a purchase spec and checks an offer against its reference price.
 */
@Local
public interface SpecificationCatalog {

  /** All editions, newest announcement first. */
  List<EditionView> editions();

  Optional<CatalogItemView> findItem(long itemId);

  /**
   * Items whose Thai or English name or category contains {@code text} (case-insensitive), in
   * one edition or (editionId null) in all, newest edition first.
   */
  List<CatalogItemView> searchItems(String text, Long editionId, int max);
}
