package th.obec.esa.ict.assets.catalog;

import th.obec.esa.ict.platform.BusinessException;

/** No catalogue item has the id asked for. Key {@code assets.item.notFound}. */
public class CatalogItemNotFoundException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public CatalogItemNotFoundException(long id) {
    super("assets.item.notFound", id);
  }
}
