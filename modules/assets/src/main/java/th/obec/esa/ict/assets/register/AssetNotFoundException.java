package th.obec.esa.ict.assets.register;

import th.obec.esa.ict.platform.BusinessException;

/** No asset has the id or number asked for. Key {@code assets.asset.notFound}. */
public class AssetNotFoundException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public AssetNotFoundException(Object idOrNumber) {
    super("assets.asset.notFound", String.valueOf(idOrNumber));
  }
}
