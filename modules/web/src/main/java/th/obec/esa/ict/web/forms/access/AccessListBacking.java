package th.obec.esa.ict.web.forms.access;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import th.obec.esa.ict.forms.access.AccessService;
import th.obec.esa.ict.forms.access.AccessView;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/**
 * /forms/access/list.xhtml: who has access to what (as far as the user may see), with approval
 * in one's own right, granting an approved request and revocation by the ICT unit.
 */
@Named
@ViewScoped
public class AccessListBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private AccessService access;

  @Inject
  private CurrentUser currentUser;

  private boolean activeOnly = true;
  private String reason;
  private List<AccessView> rows = List.of();

  public void load() {
    rows = access.list(activeOnly, currentUser.actor());
  }

  public void approve(long id) {
    act(() -> access.approve(id, null, null, currentUser.actor()), "forms.access.granted");
  }

  public void grant(long id) {
    act(() -> access.grantApproved(id, currentUser.actor()), "forms.access.granted");
  }

  public void revoke(long id) {
    act(() -> access.revoke(id, reason, currentUser.actor()), "forms.access.revokedDone");
  }

  private void act(Runnable action, String doneKey) {
    try {
      action.run();
      Messages.info(doneKey);
    } catch (BusinessException e) {
      Messages.error(e);
    }
    load();
  }

  public boolean isActiveOnly() { return activeOnly; }
  public void setActiveOnly(boolean v) { activeOnly = v; }
  public String getReason() { return reason; }
  public void setReason(String v) { reason = v; }
  public List<AccessView> getRows() { return rows; }
}
