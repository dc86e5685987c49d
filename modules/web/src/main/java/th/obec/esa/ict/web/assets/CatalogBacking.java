package th.obec.esa.ict.web.assets;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import th.obec.esa.ict.assets.api.CatalogItemView;
import th.obec.esa.ict.assets.api.EditionView;
import th.obec.esa.ict.assets.catalog.CatalogService;
import th.obec.esa.ict.assets.catalog.EditionComparison;
import th.obec.esa.ict.assets.catalog.PricePoint;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.web.shell.Messages;

/** The catalogue browser: edition → items → spec lines and price history; and two editions compared. */
@Named
@ViewScoped
public class CatalogBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private CatalogService catalog;

  private List<EditionView> editions;
  private Long editionId;
  private String text;
  private List<CatalogItemView> items;
  private CatalogItemView selected;
  private List<PricePoint> prices;
  private Long olderId;
  private Long newerId;
  private EditionComparison comparison;

  @PostConstruct
  void init() {
    editions = catalog.editions();
    if (!editions.isEmpty()) {
      editionId = editions.get(0).id();
    }
    search();
  }

  public void search() {
    items = catalog.searchItems(text, editionId, CatalogService.MAX_SEARCH);
    selected = null;
  }

  public void select(CatalogItemView item) {
    selected = item;
    prices = catalog.priceHistory(item.id());
  }

  public void compare() {
    try {
      comparison = olderId == null || newerId == null ? null : catalog.compare(olderId, newerId);
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public List<EditionView> getEditions() {
    return editions;
  }

  public Long getEditionId() {
    return editionId;
  }

  public void setEditionId(Long editionId) {
    this.editionId = editionId;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public List<CatalogItemView> getItems() {
    return items;
  }

  public CatalogItemView getSelected() {
    return selected;
  }

  public List<PricePoint> getPrices() {
    return prices;
  }

  public Long getOlderId() {
    return olderId;
  }

  public void setOlderId(Long olderId) {
    this.olderId = olderId;
  }

  public Long getNewerId() {
    return newerId;
  }

  public void setNewerId(Long newerId) {
    this.newerId = newerId;
  }

  public EditionComparison getComparison() {
    return comparison;
  }
}
