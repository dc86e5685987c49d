package th.obec.esa.ict.forms.spec;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The F07 part of a submission (same id): the F06 its offers are compared against, and the head of
 * procurement the committee reports through.
 */
@Entity
@Table(name = "frm_comparison")
@NamedQuery(name = "Comparison.ofSpec", query = "SELECT c FROM Comparison c WHERE c.specId = :spec ORDER BY c.submissionId")
public class Comparison {

  @Id
  @Column(name = "submission_id")
  private Long submissionId;

  @Column(name = "spec_submission_id", nullable = false)
  private long specId;

  @Column(name = "procurement_head_uid", length = 64)
  private String procurementHeadUid;

  @Column(name = "procurement_head_name", length = 300)
  private String procurementHeadName;

  @Column(name = "procurement_head_position", length = 300)
  private String procurementHeadPosition;

  @Version
  private long version;

  protected Comparison() {}

  public Comparison(long submissionId, long specId) {
    this.submissionId = submissionId;
    this.specId = specId;
  }

  /** The head of procurement as the staff list names them when the F07 is filed. */
  public Comparison(long submissionId, long specId, String headUid, String headName, String headPosition) {
    this(submissionId, specId);
    this.procurementHeadUid = headUid;
    this.procurementHeadName = headName;
    this.procurementHeadPosition = headPosition;
  }

  /** Null for an F07 filed before the head of procurement was recorded. */
  public CommitteeMemberView procurementHead() {
    return procurementHeadUid == null ? null
        : new CommitteeMemberView(0, procurementHeadUid, procurementHeadName, procurementHeadPosition, null);
  }

  public Long getSubmissionId() { return submissionId; }
  public long getSpecId() { return specId; }
}
