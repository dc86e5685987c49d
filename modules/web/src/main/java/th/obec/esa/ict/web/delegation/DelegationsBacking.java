package th.obec.esa.ict.web.delegation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import th.obec.esa.ict.delegation.api.DelegateKind;
import th.obec.esa.ict.delegation.api.DelegationView;
import th.obec.esa.ict.delegation.api.PowerView;
import th.obec.esa.ict.delegation.grant.DelegationService;
import th.obec.esa.ict.delegation.power.PowerService;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/** Delegations: the list, a new one, and revocation with a reason. */
@Named
@ViewScoped
public class DelegationsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB
  private transient DelegationService delegations;

  @EJB
  private transient PowerService powers;

  @Inject
  private CurrentUser currentUser;

  private boolean inForceOnly = true;
  private List<DelegationView> rows;
  private List<PowerView> catalogue;
  private DelegationForm form = new DelegationForm();
  private Long revokeId;
  private String reason;

  public void load() {
    if (form.getDelegatorUid() == null) {
      form.setDelegatorUid(currentUser.getUid());
    }
    catalogue = powers.all();
    rows = delegations.list(inForceOnly, null);
  }

  public void create() {
    try {
      DelegationView d = delegations.create(currentUser.actor(), form.toNew());
      Messages.info("delegation.delegations.created", d.id());
      form = new DelegationForm();
      load();
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void prepareRevoke(Long id) {
    revokeId = id;
    reason = null;
  }

  public void revoke() {
    try {
      delegations.revoke(currentUser.actor(), revokeId, reason);
      Messages.info("delegation.delegations.revoked", revokeId);
      load();
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public DelegateKind[] getDelegateKinds() {
    return DelegateKind.values();
  }

  public boolean isInForceOnly() { return inForceOnly; }
  public void setInForceOnly(boolean v) { inForceOnly = v; }
  public List<DelegationView> getRows() { return rows; }
  public List<PowerView> getCatalogue() { return catalogue; }
  public DelegationForm getForm() { return form; }
  public Long getRevokeId() { return revokeId; }
  public String getReason() { return reason; }
  public void setReason(String v) { reason = v; }
}
