package th.obec.esa.ict.web.delegation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.event.ActionEvent;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import th.obec.esa.ict.delegation.api.DelegateKind;
import th.obec.esa.ict.delegation.api.DelegationView;
import th.obec.esa.ict.delegation.api.PendingDelegation;
import th.obec.esa.ict.delegation.api.PowerView;
import th.obec.esa.ict.delegation.grant.DelegationService;
import th.obec.esa.ict.delegation.power.PowerService;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/**
 * Delegations: the list, a new one, revocation with a reason, and the four eyes on a delegation
 * someone entered for another person: its pending rows, shown to who may attach the signed order's
 * scan or confirm it, with the same services as {@code PUT/GET /api/delegations/{id}/scan} and
 * {@code POST /api/delegations/{id}/confirm}; a refusal shows next to the upload or the button.
 */
@Named
@ViewScoped
public class DelegationsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private DelegationService delegations;

  @Inject
  private PowerService powers;

  @Inject
  private CurrentUser currentUser;

  private boolean inForceOnly = true;
  private List<DelegationView> rows;
  private List<PendingDelegation> pending;
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
    pending = delegations.pendingFor(currentUser.actor());
  }

  /** The signed order's scan (PDF) of the row the upload sits in; refused next to the upload. */
  public void attachScan(FileUploadEvent event) {
    Long id = (Long) event.getComponent().getAttributes().get("delegationId");
    UploadedFile file = event.getFile();
    try {
      delegations.attachScan(currentUser.actor(), id, file.getFileName(), file.getContent());
      Messages.info("delegation.delegations.scanAttached", id);
      load();
    } catch (BusinessException e) {
      Messages.errorAt(event.getComponent().getClientId(), e);
    }
  }

  /** The second person confirms; refused next to the button. */
  public void confirm(ActionEvent event) {
    Long id = (Long) event.getComponent().getAttributes().get("delegationId");
    try {
      delegations.confirm(currentUser.actor(), id);
      Messages.info("delegation.delegations.confirmed", id);
      load();
    } catch (BusinessException e) {
      Messages.errorAt(event.getComponent().getClientId(), e);
    }
  }

  /** The attached scan, to look at before confirming. */
  public StreamedContent scan(Long id) {
    byte[] pdf = delegations.scan(id).orElse(new byte[0]);
    return DefaultStreamedContent.builder().name("order-" + id + ".pdf").contentType("application/pdf")
        .stream(() -> new ByteArrayInputStream(pdf)).build();
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
  public List<PendingDelegation> getPending() { return pending; }
  public List<PowerView> getCatalogue() { return catalogue; }
  public DelegationForm getForm() { return form; }
  public Long getRevokeId() { return revokeId; }
  public String getReason() { return reason; }
  public void setReason(String v) { reason = v; }
}
