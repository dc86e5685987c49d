package th.obec.esa.ict.forms.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import th.obec.esa.ict.forms.api.PlanSheet;

/**
 * An activity of a yearly plan: dates, the responsible person with name and position copied as the
 * order gave them when the plan was drafted, budget, and the progress recorded once approved.
 */
@Entity
@Table(name = "frm_plan_activity")
@NamedQuery(name = "PlanActivity.of", query = "SELECT a FROM PlanActivity a WHERE a.submissionId = :id"
    + " ORDER BY a.activityNo")
public class PlanActivity {

  @Id
  @SequenceGenerator(name = "frm_plan_activity_seq", sequenceName = "frm_plan_activity_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "frm_plan_activity_seq")
  private Long id;

  @Column(name = "submission_id", nullable = false)
  private long submissionId;

  @Column(name = "activity_no", nullable = false)
  private int activityNo;

  @Column(nullable = false, length = PlanRules.TITLE_MAX)
  private String title;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Column(name = "responsible_uid", nullable = false, length = 64)
  private String responsibleUid;

  @Column(name = "responsible_name", nullable = false, length = 200)
  private String responsibleName;

  @Column(name = "responsible_position", length = 200)
  private String responsiblePosition;

  @Column(nullable = false, precision = 14, scale = 2)
  private BigDecimal budget;

  @Column(nullable = false)
  private int progress;

  @Column(name = "progress_note", length = PlanRules.NOTE_MAX)
  private String progressNote;

  @Column(name = "progress_by", length = 64)
  private String progressBy;

  @Column(name = "progress_at")
  private OffsetDateTime progressAt;

  @Version
  private long version;

  protected PlanActivity() {}

  PlanActivity(long submissionId, int activityNo, String title, LocalDate startsOn, LocalDate endsOn,
      String responsibleUid, String responsibleName, String responsiblePosition, BigDecimal budget) {
    this.submissionId = submissionId;
    this.activityNo = activityNo;
    this.title = title;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.responsibleUid = responsibleUid;
    this.responsibleName = responsibleName;
    this.responsiblePosition = responsiblePosition;
    this.budget = budget;
  }

  void progress(int percent, String note, String byUid, OffsetDateTime at) {
    this.progress = percent;
    this.progressNote = note;
    this.progressBy = byUid;
    this.progressAt = at;
  }

  public String getResponsibleUid() {
    return responsibleUid;
  }

  public int getActivityNo() {
    return activityNo;
  }

  PlanSheet.ActivityLine line() {
    return new PlanSheet.ActivityLine(activityNo, title, startsOn, endsOn, responsibleUid, responsibleName,
        responsiblePosition, budget, progress, progressNote, progressAt);
  }
}
