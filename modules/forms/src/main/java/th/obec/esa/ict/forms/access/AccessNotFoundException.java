package th.obec.esa.ict.forms.access;

import th.obec.esa.ict.platform.BusinessException;

/** Refused because no access request has this id. */
public class AccessNotFoundException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public AccessNotFoundException(long id) {
    super("forms.access.notFound", id);
  }
}
