package th.obec.esa.ict.web.forms.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import th.obec.esa.ict.forms.account.AccountRequest;
import th.obec.esa.ict.forms.account.AccountService;
import th.obec.esa.ict.forms.account.AccountView;
import th.obec.esa.ict.forms.account.ServiceWanted;
import th.obec.esa.ict.forms.api.SchoolContact;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/** /forms/account/request.xhtml: the F08 form, for oneself or (ICT officer) for a school's staff. */
@Named
@RequestScoped
public class AccountRequestBacking {

  @EJB
  private AccountService accounts;

  @Inject
  private CurrentUser currentUser;

  private String accountUid;
  private String thaiName;
  private String englishName;
  private String position;
  private String unitName;
  private String mail;
  private List<String> services = new ArrayList<>();
  private String reason;
  private String contactName;
  private String contactSchool;
  private String contactPhone;

  public String submit() {
    Set<ServiceWanted> wanted = EnumSet.noneOf(ServiceWanted.class);
    services.forEach(s -> wanted.add(ServiceWanted.valueOf(s)));
    SchoolContact contact = blank(contactName) && blank(contactSchool) ? null
        : new SchoolContact(contactName, contactSchool, contactPhone);
    try {
      AccountView v = accounts.request(new AccountRequest(accountUid, thaiName, englishName, position, unitName, mail,
          wanted, reason), contact, currentUser.actor());
      Messages.info("forms.account.filed", v.numberText());
      return "/forms/account/view?faces-redirect=true&id=" + v.submissionId();
    } catch (BusinessException e) {
      Messages.error(e);
      return null;
    }
  }

  public ServiceWanted[] getAllServices() {
    return ServiceWanted.values();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public String getAccountUid() { return accountUid; }
  public void setAccountUid(String v) { accountUid = v; }
  public String getThaiName() { return thaiName; }
  public void setThaiName(String v) { thaiName = v; }
  public String getEnglishName() { return englishName; }
  public void setEnglishName(String v) { englishName = v; }
  public String getPosition() { return position; }
  public void setPosition(String v) { position = v; }
  public String getUnitName() { return unitName; }
  public void setUnitName(String v) { unitName = v; }
  public String getMail() { return mail; }
  public void setMail(String v) { mail = v; }
  public List<String> getServices() { return services; }
  public void setServices(List<String> v) { services = v; }
  public String getReason() { return reason; }
  public void setReason(String v) { reason = v; }
  public String getContactName() { return contactName; }
  public void setContactName(String v) { contactName = v; }
  public String getContactSchool() { return contactSchool; }
  public void setContactSchool(String v) { contactSchool = v; }
  public String getContactPhone() { return contactPhone; }
  public void setContactPhone(String v) { contactPhone = v; }
}
