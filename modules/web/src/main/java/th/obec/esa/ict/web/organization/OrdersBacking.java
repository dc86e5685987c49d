package th.obec.esa.ict.web.organization;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import th.obec.esa.ict.organization.order.OrderService;
import th.obec.esa.ict.organization.order.OrderSummary;

/** Every order of the office, latest first, with status and the order each superseded. */
@Named
@RequestScoped
public class OrdersBacking {

  @EJB
  private OrderService orders;

  private List<OrderSummary> list;

  public void load() {
    list = orders.orders();
  }

  public List<OrderSummary> getList() {
    return list;
  }
}
