package th.obec.esa.ict.forms.spec;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The F07 part of a submission (same id): the F06 its offers are compared against. */
@Entity
@Table(name = "frm_comparison")
@NamedQuery(name = "Comparison.ofSpec", query = "SELECT c FROM Comparison c WHERE c.specId = :spec ORDER BY c.submissionId")
public class Comparison {

  @Id
  @Column(name = "submission_id")
  private Long submissionId;

  @Column(name = "spec_submission_id", nullable = false)
  private long specId;

  @Version
  private long version;

  protected Comparison() {}

  public Comparison(long submissionId, long specId) {
    this.submissionId = submissionId;
    this.specId = specId;
  }

  public Long getSubmissionId() { return submissionId; }
  public long getSpecId() { return specId; }
}
