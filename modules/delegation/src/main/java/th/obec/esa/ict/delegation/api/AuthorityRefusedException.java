package th.obec.esa.ict.delegation.api;

import th.obec.esa.ict.platform.BusinessException;

/** The actor may not use the power; the key says why (own request, above the ceiling, expired…). */
public class AuthorityRefusedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public AuthorityRefusedException(String key, Object... args) {
    super(key, args);
  }
}
