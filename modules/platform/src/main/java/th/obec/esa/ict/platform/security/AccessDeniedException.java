package th.obec.esa.ict.platform.security;

import jakarta.ejb.ApplicationException;
import th.obec.esa.ict.platform.BusinessException;

/** The actor lacks the role or authority an action needs. Shown to the user by key {@code error.accessDenied}. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final String uid;
  private final String needed;

  public AccessDeniedException(String uid, String needed) {
    super("error.accessDenied", needed);
    this.uid = uid;
    this.needed = needed;
  }

  public String uid() {
    return uid;
  }

  public String needed() {
    return needed;
  }
}
