package th.obec.esa.ict.forms.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** What the assignee did on a job in progress: the basis of the yearly work summary (F10, F21). */
@Entity
@Table(name = "frm_work_log")
@NamedQuery(name = "WorkLog.of", query = "SELECT w FROM WorkLog w WHERE w.submissionId = :id ORDER BY w.at, w.id")
public class WorkLog {

  @Id
  @SequenceGenerator(name = "frm_work_log_seq", sequenceName = "frm_work_log_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "frm_work_log_seq")
  private Long id;

  @Column(name = "submission_id", nullable = false)
  private long submissionId;

  @Column(name = "actor_uid", nullable = false, length = 64)
  private String actorUid;

  @Column(nullable = false)
  private OffsetDateTime at;

  @Column(nullable = false, length = 2000)
  private String note;

  @Column(length = 1000)
  private String parts;

  @Column(name = "parts_cost", precision = 14, scale = 2)
  private BigDecimal partsCost;

  protected WorkLog() {}

  WorkLog(long submissionId, String actorUid, OffsetDateTime at, String note, String parts, BigDecimal partsCost) {
    this.submissionId = submissionId;
    this.actorUid = actorUid;
    this.at = at;
    this.note = note;
    this.parts = parts;
    this.partsCost = partsCost;
  }

  public WorkLogView view() {
    return new WorkLogView(actorUid, at, note, parts, partsCost);
  }
}
