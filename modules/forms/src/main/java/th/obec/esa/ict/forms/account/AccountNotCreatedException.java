package th.obec.esa.ict.forms.account;

import th.obec.esa.ict.platform.BusinessException;

/** Refused because the account does not exist yet, so there is no card to print. */
public class AccountNotCreatedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public AccountNotCreatedException(String uid) {
    super("forms.account.notCreated", uid);
  }
}
