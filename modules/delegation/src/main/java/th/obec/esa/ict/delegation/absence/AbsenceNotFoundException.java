package th.obec.esa.ict.delegation.absence;

import th.obec.esa.ict.platform.BusinessException;

/** No absence with that id. */
public class AbsenceNotFoundException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public AbsenceNotFoundException(Long id) {
    super("delegation.absence.notFound", id);
  }
}
