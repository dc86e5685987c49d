package th.obec.esa.ict.forms.plan;

import java.util.List;
import th.obec.esa.ict.forms.api.PlanInput;
import th.obec.esa.ict.forms.submission.FormDetail;

/** The yearly plan's own part as it is filed: the fiscal year (B.E.) and the activities. */
public record PlanDetail(Integer fiscalYear, List<PlanInput.Activity> activities) implements FormDetail {

  public PlanDetail {
    activities = activities == null ? List.of() : List.copyOf(activities);
  }
}
