package th.obec.esa.ict.assets.register;

import th.obec.esa.ict.platform.BusinessException;

/**
 * An asset number that does not follow the office's pattern ({@code assets.asset.number.invalid},
 * with the number and an example) or is taken ({@code assets.asset.number.taken}).
 */
public class AssetNumberException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public AssetNumberException(String key, Object... args) {
    super(field("assetNumber"), key, args);
  }
}
