package th.obec.esa.ict.delegation.rules;

import th.obec.esa.ict.platform.BusinessException;

/** A power code that is not in the catalogue. */
public class UnknownPowerException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public UnknownPowerException(String code) {
    super(field("power"), "delegation.power.unknown", code);
  }
}
