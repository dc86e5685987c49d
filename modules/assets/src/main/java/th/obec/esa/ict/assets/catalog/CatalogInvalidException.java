package th.obec.esa.ict.assets.catalog;

import th.obec.esa.ict.platform.BusinessException;

/** An edition or item lacks what the catalogue needs (a name, a publisher). */
public class CatalogInvalidException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public CatalogInvalidException(String field, String key, Object... args) {
    super(field == null ? null : field(field), key, args);
  }
}
