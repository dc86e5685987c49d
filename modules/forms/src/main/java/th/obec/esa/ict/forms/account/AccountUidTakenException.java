package th.obec.esa.ict.forms.account;

import th.obec.esa.ict.platform.BusinessException;

/** Refused because the user id is taken in the directory or by another approved request. */
public class AccountUidTakenException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public AccountUidTakenException(String uid) {
    super("forms.account.uidTaken", uid);
  }
}
