package th.obec.esa.ict.delegation.api;

import th.obec.esa.ict.platform.BusinessException;

/** A delegation that may not be created or revoked as asked; the key says why, the field where. */
public class InvalidDelegationException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public InvalidDelegationException(String field, String key, Object... args) {
    super(field == null ? null : field(field), key, args);
  }
}
