package th.obec.esa.ict.web.forms.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import th.obec.esa.ict.forms.account.AccountService;
import th.obec.esa.ict.forms.account.CardCheck;

/** /card/verify.xhtml?c=: what the QR code of an F09 card opens, for whoever checks the card. */
@Named
@RequestScoped
public class CardVerifyBacking {

  @EJB
  private AccountService accounts;

  private String token;
  private CardCheck check;

  public void load() {
    check = accounts.verify(token).orElse(null);
  }

  public String getC() { return token; }
  public void setC(String v) { token = v; }
  public CardCheck getCheck() { return check; }
}
