package th.obec.esa.ict.delegation.absence;

import th.obec.esa.ict.platform.BusinessException;

/** An absence that may not be recorded or ended as asked. */
public class InvalidAbsenceException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public InvalidAbsenceException(String field, String key, Object... args) {
    super(field == null ? null : field(field), key, args);
  }
}
