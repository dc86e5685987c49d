package th.obec.esa.ict.web.organization;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import th.obec.esa.ict.organization.order.DutyHit;
import th.obec.esa.ict.organization.order.OrderService;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.web.shell.ThaiFormat;

/** "Who handles …?": the duty lines of the orders in force on a day (today by default) that contain the words. */
@Named
@RequestScoped
public class DutiesBacking {

  @EJB
  private OrderService orders;

  private String q;
  private LocalDate date;
  private List<DutyHit> hits = List.of();

  public void load() {
    if (q != null && !q.isBlank()) {
      hits = orders.whoHeld(q, date == null ? LocalDate.now(OfficeTime.ZONE) : date);
    }
  }

  public boolean isSearched() {
    return q != null && !q.isBlank();
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public List<DutyHit> getHits() {
    return hits;
  }
}
