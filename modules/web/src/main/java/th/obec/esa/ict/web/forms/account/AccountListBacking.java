package th.obec.esa.ict.web.forms.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import th.obec.esa.ict.forms.account.AccountService;
import th.obec.esa.ict.forms.account.AccountView;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/** /forms/account/list.xhtml: for the ICT unit, the tasks to do by hand and every account request. */
@Named
@RequestScoped
public class AccountListBacking {

  @EJB
  private AccountService accounts;

  @Inject
  private CurrentUser currentUser;

  private List<AccountView> tasks = List.of();
  private List<AccountView> rows = List.of();

  public void load() {
    try {
      tasks = accounts.tasks(currentUser.actor());
      rows = accounts.all(currentUser.actor());
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public List<AccountView> getTasks() { return tasks; }
  public List<AccountView> getRows() { return rows; }
}
