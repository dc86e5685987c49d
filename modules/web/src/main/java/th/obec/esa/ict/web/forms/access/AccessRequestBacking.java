package th.obec.esa.ict.web.forms.access;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import th.obec.esa.ict.forms.access.AccessRequest;
import th.obec.esa.ict.forms.access.AccessService;
import th.obec.esa.ict.forms.access.AccessView;
import th.obec.esa.ict.forms.access.InformationSystem;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/** /forms/access/request.xhtml: the F14 form, for oneself. */
@Named
@RequestScoped
public class AccessRequestBacking {

  @EJB
  private AccessService access;

  @Inject
  private CurrentUser currentUser;

  private InformationSystem system;
  private String role;
  private LocalDate from;
  private LocalDate until;
  private String reason;

  public String submit() {
    try {
      AccessView v = access.request(new AccessRequest(system, role, from, until, reason), currentUser.actor());
      Messages.info("forms.access.filed", v.numberText());
      return "/forms/access/list?faces-redirect=true";
    } catch (BusinessException e) {
      Messages.error(e);
      return null;
    }
  }

  public InformationSystem[] getSystems() { return InformationSystem.values(); }
  public InformationSystem getSystem() { return system; }
  public void setSystem(InformationSystem v) { system = v; }
  public String getRole() { return role; }
  public void setRole(String v) { role = v; }
  public LocalDate getFrom() { return from; }
  public void setFrom(LocalDate v) { from = v; }
  public LocalDate getUntil() { return until; }
  public void setUntil(LocalDate v) { until = v; }
  public String getReason() { return reason; }
  public void setReason(String v) { reason = v; }
}
