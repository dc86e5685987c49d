package th.obec.esa.ict.integration;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Optional;
import th.obec.esa.ict.assets.api.CatalogItemView;
import th.obec.esa.ict.assets.api.EditionView;
import th.obec.esa.ict.assets.api.SpecificationCatalog;
import th.obec.esa.ict.forms.port.CatalogEdition;
import th.obec.esa.ict.forms.port.CatalogEntry;
import th.obec.esa.ict.forms.port.CatalogPort;

/** The reference-price catalogue of the assets module, as a purchase spec (F06) copies it. */
@Stateless
@Local(CatalogPort.class)
public class CatalogForForms implements CatalogPort {

  @EJB
  private SpecificationCatalog catalog;

  @Override
  public List<CatalogEdition> editions() {
    return catalog.editions().stream().map(CatalogForForms::edition).toList();
  }

  @Override
  public List<CatalogEntry> items(long editionId, String text, int max) {
    return catalog.searchItems(text, editionId, max).stream().map(CatalogForForms::entry).toList();
  }

  @Override
  public Optional<CatalogEntry> item(long itemId) {
    return catalog.findItem(itemId).map(CatalogForForms::entry);
  }

  static CatalogEdition edition(EditionView e) {
    return new CatalogEdition(e.id(), e.name(), e.announcedOn(), e.itemCount());
  }

  static CatalogEntry entry(CatalogItemView i) {
    return new CatalogEntry(i.id(), i.editionId(), i.editionName(), i.itemNo(), i.nameTh(), i.unit(), i.referencePrice(),
        i.specLines());
  }
}
