package th.obec.esa.ict.forms.account;

import th.obec.esa.ict.platform.BusinessException;

/** Refused because no account request with this id. */
public class AccountNotFoundException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public AccountNotFoundException(long id) {
    super("forms.account.notFound", id);
  }
}
