package th.obec.esa.ict.forms.access;

import th.obec.esa.ict.platform.BusinessException;

/** Refused because the access is not in force (not granted yet, ended, or its period is over). */
public class AccessEndedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public AccessEndedException(long id) {
    super("forms.access.notActive", id);
  }
}
