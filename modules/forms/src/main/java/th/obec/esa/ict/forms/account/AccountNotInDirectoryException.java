package th.obec.esa.ict.forms.account;

import th.obec.esa.ict.platform.BusinessException;

/** Refused because the officer says the account was made by hand, but the directory does not know it. */
public class AccountNotInDirectoryException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public AccountNotInDirectoryException(String uid) {
    super("forms.account.notInDirectory", uid);
  }
}
