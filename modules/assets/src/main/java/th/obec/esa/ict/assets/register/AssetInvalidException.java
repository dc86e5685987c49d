package th.obec.esa.ict.assets.register;

import th.obec.esa.ict.platform.BusinessException;

/** The data of an asset is missing something or is out of range; names the field. */
public class AssetInvalidException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public AssetInvalidException(String field, String key, Object... args) {
    super(field == null ? null : field(field), key, args);
  }
}
