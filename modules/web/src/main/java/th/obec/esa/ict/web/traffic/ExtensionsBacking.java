package th.obec.esa.ict.web.traffic;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.traffic.api.ExtensionView;
import th.obec.esa.ict.traffic.record.TrafficService;
import th.obec.esa.ict.traffic.retention.NewExtension;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/** /traffic/extensions: the official orders to keep records longer, and the form to record one. */
@Named
@ViewScoped
public class ExtensionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private TrafficService traffic;

  @Inject
  private CurrentUser currentUser;

  private List<ExtensionView> extensions = List.of();
  private String orderNo;
  private String orderedBy;
  private LocalDate coversFrom;
  private LocalDate coversTo;
  private LocalDate keptUntil;
  private String reason;

  public void load() {
    try {
      extensions = traffic.extensions(currentUser.actor());
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void add() {
    try {
      ExtensionView e = traffic.addExtension(currentUser.actor(), new NewExtension(orderNo, orderedBy,
          OfficeTime.startOf(coversFrom), OfficeTime.endOf(coversTo), keptUntil, reason));
      Messages.info("traffic.extension.added", e.orderNo());
      orderNo = orderedBy = reason = null;
      coversFrom = coversTo = keptUntil = null;
      load();
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public List<ExtensionView> getExtensions() { return extensions; }
  public String getOrderNo() { return orderNo; }
  public void setOrderNo(String orderNo) { this.orderNo = orderNo; }
  public String getOrderedBy() { return orderedBy; }
  public void setOrderedBy(String orderedBy) { this.orderedBy = orderedBy; }
  public LocalDate getCoversFrom() { return coversFrom; }
  public void setCoversFrom(LocalDate coversFrom) { this.coversFrom = coversFrom; }
  public LocalDate getCoversTo() { return coversTo; }
  public void setCoversTo(LocalDate coversTo) { this.coversTo = coversTo; }
  public LocalDate getKeptUntil() { return keptUntil; }
  public void setKeptUntil(LocalDate keptUntil) { this.keptUntil = keptUntil; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
}
