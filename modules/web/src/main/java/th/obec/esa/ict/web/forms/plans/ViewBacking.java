package th.obec.esa.ict.web.forms.plans;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import th.obec.esa.ict.forms.api.PlanSheet;
import th.obec.esa.ict.forms.api.Plans;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/**
 * /forms/plans/view.xhtml?id=: a yearly plan, its activities and progress, its chain with the
 * acting wording; once approved, the progress of an activity by its responsible person or an ICT
 * officer. Review and approval are the inbox's, as for every request.
 */
@Named("planView")
@ViewScoped
public class ViewBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private Plans plans;

  @Inject
  private CurrentUser currentUser;

  private long id;
  private PlanSheet plan;
  private Integer activityNo;
  private Integer percent;
  private String note;

  public void load() {
    try {
      plan = plans.get(id, currentUser.actor());
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void recordProgress() {
    try {
      plan = plans.recordProgress(id, activityNo == null ? 0 : activityNo, percent, note, currentUser.actor());
      Messages.info("forms.plan.progressRecorded", activityNo);
      note = null;
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public long getId() { return id; }
  public void setId(long id) { this.id = id; }
  public PlanSheet getPlan() { return plan; }
  public Integer getActivityNo() { return activityNo; }
  public void setActivityNo(Integer activityNo) { this.activityNo = activityNo; }
  public Integer getPercent() { return percent; }
  public void setPercent(Integer percent) { this.percent = percent; }
  public String getNote() { return note; }
  public void setNote(String note) { this.note = note; }
}
