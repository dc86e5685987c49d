package th.obec.esa.ict.assets.catalog;

import th.obec.esa.ict.platform.BusinessException;

/** No edition has the id asked for. Key {@code assets.edition.notFound}. */
public class EditionNotFoundException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public EditionNotFoundException(long id) {
    super("assets.edition.notFound", id);
  }
}
