package th.obec.esa.ict.notifications.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import th.obec.esa.ict.forms.api.SubmissionStepped;

/** A step of a request's flow as the notifications keep it ({@code ntf_event}). */
@Entity
@Table(name = "ntf_event")
public class StepEvent {

  @Id
  @SequenceGenerator(name = "ntf_event_seq", sequenceName = "ntf_event_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ntf_event_seq")
  private Long id;

  @Column(name = "submission_id", nullable = false)
  private long submissionId;

  @Column(name = "form_code", nullable = false, length = 8)
  private String formCode;

  @Column(name = "form_name", nullable = false, length = 300)
  private String formName;

  @Column(name = "number_text", length = 64)
  private String numberText;

  @Column(name = "subject", length = 500)
  private String subject;

  @Column(name = "transition", nullable = false, length = 16)
  private String transition;

  @Column(name = "state", nullable = false, length = 16)
  private String state;

  @Column(name = "requester_uid", length = 64)
  private String requesterUid;

  @Column(name = "actor_uid", nullable = false, length = 64)
  private String actorUid;

  @Column(name = "step_comment", length = 2000)
  private String comment;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "dispatched_at")
  private OffsetDateTime dispatchedAt;

  protected StepEvent() {}

  StepEvent(SubmissionStepped e, OffsetDateTime now) {
    this.submissionId = e.submissionId();
    this.formCode = e.form();
    this.formName = cut(e.formName(), 300);
    this.numberText = e.numberText();
    this.subject = cut(e.subject(), 500);
    this.transition = e.transition();
    this.state = e.state();
    this.requesterUid = e.requesterUid();
    this.actorUid = e.actorUid();
    this.comment = cut(e.comment(), 2000);
    this.createdAt = now;
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  public Long getId() { return id; }
  public long getSubmissionId() { return submissionId; }
  public String getFormCode() { return formCode; }
  public String getFormName() { return formName; }
  public String getNumberText() { return numberText; }
  public String getSubject() { return subject; }
  public String getTransition() { return transition; }
  public String getState() { return state; }
  public String getRequesterUid() { return requesterUid; }
  public String getActorUid() { return actorUid; }
  public String getComment() { return comment; }
  public OffsetDateTime getCreatedAt() { return createdAt; }
  public OffsetDateTime getDispatchedAt() { return dispatchedAt; }

  /** The same facts as the event it was made from. */
  public SubmissionStepped asStep() {
    return new SubmissionStepped(submissionId, formCode, formName, numberText, subject, transition, state, requesterUid,
        null, actorUid, comment);
  }
}
