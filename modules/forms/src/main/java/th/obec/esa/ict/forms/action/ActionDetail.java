package th.obec.esa.ict.forms.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** F05's own fields, one row per request. */
@Entity
@Table(name = "frm_action")
public class ActionDetail {

  @Id
  @Column(name = "submission_id")
  private Long submissionId;

  @Enumerated(EnumType.STRING)
  @Column(name = "action_kind", nullable = false, length = 20)
  private ActionKind kind;

  @Column(length = 300)
  private String location;

  @Column(name = "wanted_by")
  private LocalDate wantedBy;

  protected ActionDetail() {}

  public ActionDetail(long submissionId, ActionRequest request) {
    this.submissionId = submissionId;
    this.kind = request.kind();
    this.location = request.location();
    this.wantedBy = request.wantedBy();
  }

  public ActionRequest request() {
    return new ActionRequest(kind, location, wantedBy);
  }
}
