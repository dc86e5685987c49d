package th.obec.esa.ict.forms.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A yearly plan as an ICT officer drafts it.
 *
 * @param process the work process's number (1-16)
 * @param fiscalYear the fiscal year in the Buddhist era (2570 = 1 Oct 2569 - 30 Sep 2570)
 * @param subject the memo's subject; blank gives "แผนปฏิบัติงานประจำปีงบประมาณ … กระบวนงานที่ …"
 * @param body what the memo says before the activities (background, objectives), or null
 */
public record PlanInput(Integer process, Integer fiscalYear, String subject, String body, List<Activity> activities)
    implements Serializable {

  public PlanInput {
    activities = activities == null ? List.of() : List.copyOf(activities);
  }

  /**
   * One activity: what, from when to when (within the fiscal year), who is responsible (a uid on
   * the staff list of the order in force) and its budget in baht (null: none).
   */
  public record Activity(String title, LocalDate startsOn, LocalDate endsOn, String responsibleUid,
      BigDecimal budget) implements Serializable {}
}
