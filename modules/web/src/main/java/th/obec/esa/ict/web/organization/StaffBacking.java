package th.obec.esa.ict.web.organization;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import th.obec.esa.ict.organization.staff.StaffService;
import th.obec.esa.ict.organization.staff.StaffSummary;

/** The staff directory: a bookmarkable search (?q=) over Thai and English names, uids and position numbers. */
@Named
@RequestScoped
public class StaffBacking {

  @EJB
  private StaffService staff;

  private String q;
  private List<StaffSummary> found;
  private List<StaffSummary> needingReview;

  public void load() {
    found = staff.search(q);
    needingReview = staff.needingReview();
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public List<StaffSummary> getFound() {
    return found;
  }

  public List<StaffSummary> getNeedingReview() {
    return needingReview;
  }
}
