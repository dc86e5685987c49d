package th.obec.esa.ict.evaluation.answer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import th.obec.esa.ict.evaluation.form.RespondentGroup;

/** One answer sheet; never changed once written. */
@Entity
@Table(name = "evl_response")
public class Response {

  @Id
  @SequenceGenerator(name = "evl_response_seq", sequenceName = "evl_response_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evl_response_seq")
  private Long id;

  @Column(name = "evaluation_id", nullable = false)
  private long evaluationId;

  @Column(name = "respondent_uid", length = 64)
  private String respondentUid;

  @Column(name = "client_key_hash", length = 64)
  private String clientKeyHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "respondent_group", nullable = false, length = 20)
  private RespondentGroup group;

  @Column(name = "school_name", length = 200)
  private String schoolName;

  @Column(name = "submitted_at", nullable = false)
  private OffsetDateTime submittedAt;

  protected Response() {}

  Response(long evaluationId, String respondentUid, String clientKeyHash, RespondentGroup group, String schoolName,
      OffsetDateTime submittedAt) {
    this.evaluationId = evaluationId;
    this.respondentUid = respondentUid;
    this.clientKeyHash = clientKeyHash;
    this.group = group;
    this.schoolName = schoolName;
    this.submittedAt = submittedAt;
  }

  public Long getId() { return id; }
  public long getEvaluationId() { return evaluationId; }
  public String getRespondentUid() { return respondentUid; }
  public String getClientKeyHash() { return clientKeyHash; }
  public RespondentGroup getGroup() { return group; }
  public String getSchoolName() { return schoolName; }
  public OffsetDateTime getSubmittedAt() { return submittedAt; }
}
