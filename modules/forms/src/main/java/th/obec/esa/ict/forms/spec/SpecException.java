package th.obec.esa.ict.forms.spec;

import th.obec.esa.ict.platform.BusinessException;

/** A spec or comparison refused: the key names the rule, the arguments the item and line. */
public class SpecException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public SpecException(String key, Object... args) {
    super(key, args);
  }
}
