package th.obec.esa.ict.web.organization;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import th.obec.esa.ict.organization.order.AssignmentView;
import th.obec.esa.ict.organization.order.OrderService;
import th.obec.esa.ict.organization.order.OrderView;

/** One order (?id=), laid out as the official order prints: heading, body by unit, closing, signature. */
@Named
@ViewScoped
public class OrderBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The entries printed under one unit heading, in printed order. */
  public record Section(String unitNameTh, List<AssignmentView> entries) implements Serializable {}

  @Inject
  private OrderService orders;

  private Long id;
  private OrderView order;
  private List<Section> sections;

  public void load() {
    order = orders.getOrder(id);
    sections = new ArrayList<>();
    Section current = null;
    for (AssignmentView a : order.assignments()) {
      if (current == null || !Objects.equals(current.unitNameTh(), a.unitNameTh())) {
        current = new Section(a.unitNameTh(), new ArrayList<>());
        sections.add(current);
      }
      current.entries().add(a);
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public OrderView getOrder() {
    return order;
  }

  public List<Section> getSections() {
    return sections;
  }
}
