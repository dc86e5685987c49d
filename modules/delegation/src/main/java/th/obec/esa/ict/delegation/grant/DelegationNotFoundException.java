package th.obec.esa.ict.delegation.grant;

import th.obec.esa.ict.platform.BusinessException;

/** No delegation with that id. */
public class DelegationNotFoundException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public DelegationNotFoundException(Long id) {
    super("delegation.delegation.notFound", id);
  }
}
