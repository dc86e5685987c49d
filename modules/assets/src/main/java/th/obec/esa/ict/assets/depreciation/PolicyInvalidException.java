package th.obec.esa.ict.assets.depreciation;

import th.obec.esa.ict.platform.BusinessException;

/** A depreciation policy with a useful life below one year or a negative salvage value. */
public class PolicyInvalidException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public PolicyInvalidException(String field, String key, Object... args) {
    super(field == null ? null : field(field), key, args);
  }
}
