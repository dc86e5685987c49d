package th.obec.esa.ict.traffic.retention;

import th.obec.esa.ict.platform.BusinessException;

/** An extension order was refused as entered; the key says which rule, the field where. */
public class ExtensionInvalidException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public ExtensionInvalidException(String field, String key, Object... args) {
    super(field == null ? null : field(field), key, args);
  }
}
