package th.obec.esa.ict.web.forms.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import th.obec.esa.ict.forms.account.IssuedAccount;

/**
 * The initial password of an account just created, for the one response that shows it. Request
 * scoped on purpose: it never enters the view state or the session, so it cannot be shown twice.
 */
@Named
@RequestScoped
public class IssuedPassword {

  private IssuedAccount issued;

  void set(IssuedAccount value) {
    issued = value;
  }

  public boolean isPresent() {
    return issued != null;
  }

  public String getUid() {
    return issued == null ? null : issued.uid();
  }

  public String getPassword() {
    return issued == null ? null : issued.initialPassword();
  }
}
