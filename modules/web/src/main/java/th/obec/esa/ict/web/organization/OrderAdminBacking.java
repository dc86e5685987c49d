package th.obec.esa.ict.web.organization;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import th.obec.esa.ict.organization.order.DutyNode;
import th.obec.esa.ict.organization.order.OrderService;
import th.obec.esa.ict.organization.order.OrderSummary;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/**
 * What an organisation administrator does to an order on its page: bring a draft into force,
 * revoke it from a day, record that it supersedes an earlier one, correct a duty line misread
 * from the paper. Each is checked, versioned and audited by the service; this bean only asks.
 */
@Named
@ViewScoped
public class OrderAdminBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private OrderService orders;

  @Inject
  private CurrentUser currentUser;

  private Long orderId;
  private LocalDate revokeFrom;
  private Long olderId;
  private Long lineId;
  private long lineVersion;
  private String lineLabel;
  private String lineText;
  private String lineNote;

  public boolean isAdmin() {
    return currentUser.isInRole(Roles.ORG_ADMIN);
  }

  /** The orders this one may supersede: the others in force. */
  public List<OrderSummary> getSupersedable() {
    return orders.orders().stream().filter(o -> "IN_FORCE".equals(o.status()) && o.id() != orderId).toList();
  }

  public String bringIntoForce() {
    return act(() -> orders.bringIntoForce(currentUser.actor(), orderId, version()), "organization.order.done.inForce");
  }

  public String revoke() {
    if (revokeFrom == null) {
      Messages.error(new BusinessException(BusinessException.field("orderAdmin:revokeFrom"),
          "organization.order.revoke.dayRequired"));
      return null;
    }
    return act(() -> orders.revoke(currentUser.actor(), orderId, revokeFrom, version()), "organization.order.done.revoked");
  }

  public String supersede() {
    if (olderId == null) {
      Messages.error(new BusinessException(BusinessException.field("orderAdmin:older"),
          "organization.order.supersede.olderRequired"));
      return null;
    }
    return act(() -> orders.supersede(currentUser.actor(), orderId, olderId, version()),
        "organization.order.done.superseded");
  }

  /** Opens the correction of one line, with the version it was read at. */
  public void edit(DutyNode line) {
    lineId = line.id();
    lineVersion = line.version();
    lineLabel = line.label();
    lineText = line.text();
    lineNote = null;
  }

  public String correctLine() {
    if (lineText == null || lineText.isBlank()) {
      Messages.error(new BusinessException(BusinessException.field("lineForm:lineText"),
          "organization.dutyLine.textRequired"));
      return null;
    }
    return act(() -> orders.correctDutyLine(currentUser.actor(), lineId, lineVersion, lineText.strip(), lineNote),
        "organization.dutyLine.corrected");
  }

  private long version() {
    return orders.getOrder(orderId).summary().version();
  }

  private String act(Runnable action, String doneKey) {
    try {
      action.run();
      Messages.info(doneKey);
      jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/organization/order?faces-redirect=true&id=" + orderId;
    } catch (BusinessException e) {
      Messages.error(e);
      return null;
    }
  }

  public Long getOrderId() { return orderId; }
  public void setOrderId(Long v) { orderId = v; }
  public LocalDate getRevokeFrom() { return revokeFrom; }
  public void setRevokeFrom(LocalDate v) { revokeFrom = v; }
  public Long getOlderId() { return olderId; }
  public void setOlderId(Long v) { olderId = v; }
  public Long getLineId() { return lineId; }
  public String getLineLabel() { return lineLabel; }
  public String getLineText() { return lineText; }
  public void setLineText(String v) { lineText = v; }
  public String getLineNote() { return lineNote; }
  public void setLineNote(String v) { lineNote = v; }
}
