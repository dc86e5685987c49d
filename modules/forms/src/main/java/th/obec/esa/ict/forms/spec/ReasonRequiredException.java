package th.obec.esa.ict.forms.spec;

import th.obec.esa.ict.platform.BusinessException;

/**
 * A price above the reference price, or a line below the catalogue's minimum, without the
 * written reason the rules ask for; the arguments name the item and line.
 */
public class ReasonRequiredException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public ReasonRequiredException(String key, Object... args) {
    super(key, args);
  }
}
