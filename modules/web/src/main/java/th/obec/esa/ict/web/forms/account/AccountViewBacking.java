package th.obec.esa.ict.web.forms.account;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import th.obec.esa.ict.forms.account.AccountApproval;
import th.obec.esa.ict.forms.account.AccountService;
import th.obec.esa.ict.forms.account.AccountView;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/**
 * /forms/account/view.xhtml?id=: one F08, its approval with account creation, the officer's
 * creation or task, and the F09 card. The initial password goes to {@link IssuedPassword} only.
 */
@Named
@ViewScoped
public class AccountViewBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private AccountService accounts;

  @Inject
  private CurrentUser currentUser;

  @Inject
  private IssuedPassword issuedPassword;

  private long id;
  private AccountView account;
  private String comment;

  public void load() {
    try {
      account = accounts.get(id, currentUser.actor());
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void approve() {
    try {
      show(accounts.approve(id, null, comment, currentUser.actor()));
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void create() {
    try {
      show(accounts.createApproved(id, currentUser.actor()));
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void taskDone() {
    try {
      account = accounts.completeTask(id, currentUser.actor());
      Messages.info("forms.account.taskRecorded", account.accountUid());
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public StreamedContent getCard() {
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    String base = ec.getRequestScheme() + "://" + ec.getRequestServerName() + ":" + ec.getRequestServerPort()
        + ec.getRequestContextPath() + "/card/verify.xhtml?c=";
    byte[] pdf = accounts.card(id, base, currentUser.actor());
    return DefaultStreamedContent.builder().name("F09-" + account.accountUid() + ".pdf").contentType("application/pdf")
        .stream(() -> new ByteArrayInputStream(pdf)).build();
  }

  private void show(AccountApproval a) {
    account = a.request();
    if (a.issued() != null) {
      issuedPassword.set(a.issued());
      Messages.info("forms.account.created", a.issued().uid());
    } else {
      Messages.info("forms.account.taskOpened", account.accountUid());
    }
  }

  public long getId() { return id; }
  public void setId(long v) { id = v; }
  public AccountView getAccount() { return account; }
  public String getComment() { return comment; }
  public void setComment(String v) { comment = v; }
}
