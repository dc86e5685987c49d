package th.obec.esa.ict.forms.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.numbering.NumberingService;
import th.obec.esa.ict.forms.workflow.State;
import th.obec.esa.ict.forms.workflow.StateMachine;
import th.obec.esa.ict.forms.workflow.Transition;

/**
 * One filled-in form. Its state only moves along {@link StateMachine}; the number is given when
 * it is submitted and never changes.
 */
@Entity
@Table(name = "frm_submission")
@NamedQueries({
  @NamedQuery(name = "Submission.byPerson", query = "SELECT s FROM Submission s WHERE s.requesterUid = :uid"
      + " OR s.createdBy = :uid ORDER BY s.createdAt DESC"),
  @NamedQuery(name = "Submission.inStates", query = "SELECT s FROM Submission s WHERE s.state IN :states"
      + " ORDER BY s.createdAt"),
  @NamedQuery(name = "Submission.assignedTo", query = "SELECT s FROM Submission s WHERE s.assigneeUid = :uid"
      + " AND s.state = :state ORDER BY s.createdAt"),
  // the inbox's three questions in one read: what waits in the office, one's own, one's jobs; all of
  // them open, so the state index narrows it first (an office's few hundred open requests of tens of
  // thousands: without it, one's own closed requests made this a scan of the whole table)
  @NamedQuery(name = "Submission.forInbox", query = "SELECT s FROM Submission s WHERE s.state IN :open"
      + " AND (s.state IN :states OR s.requesterUid = :uid OR s.createdBy = :uid OR s.assigneeUid = :uid)"
      + " ORDER BY s.createdAt, s.id")
})
public class Submission {

  public static final int SUBJECT_MAX = 500;
  public static final int BODY_MAX = 8000;
  public static final int TEXT_MAX = 2000;

  @Id
  @SequenceGenerator(name = "frm_submission_seq", sequenceName = "frm_submission_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "frm_submission_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "form_code", nullable = false, length = 3)
  private FormCode form;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private State state;

  @Column(name = "unit_code", nullable = false, length = 40)
  private String unitCode;

  @Column(name = "period_key")
  private Integer periodKey;

  @Column(name = "running_no")
  private Integer runningNo;

  @Column(name = "number_text", length = 60)
  private String numberText;

  @Column(name = "requester_uid", length = 64)
  private String requesterUid;

  @Column(name = "requester_name", nullable = false, length = 200)
  private String requesterName;

  @Column(name = "requester_position", length = 200)
  private String requesterPosition;

  @Column(name = "contact_school", length = 300)
  private String contactSchool;

  @Column(name = "contact_phone", length = 40)
  private String contactPhone;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(nullable = false, length = SUBJECT_MAX)
  private String subject;

  @Column(name = "addressed_to", nullable = false, length = 300)
  private String addressedTo;

  @Column(length = BODY_MAX)
  private String body;

  @Column(precision = 14, scale = 2)
  private BigDecimal amount;

  /** The work process it is filed under (org_work_process.process_number), one of its form's; null when none. */
  @Column(name = "process_no")
  private Integer processNo;

  @Column(name = "assignee_uid", length = 64)
  private String assigneeUid;

  @Column(length = TEXT_MAX)
  private String outcome;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "submitted_on")
  private LocalDate submittedOn;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "closed_at")
  private OffsetDateTime closedAt;

  @Version
  private long version;

  protected Submission() {}

  Submission(FormCode form, Integer processNo, String unitCode, Requester requester, String createdBy, String subject,
      String addressedTo, String body, BigDecimal amount, OffsetDateTime now) {
    this.form = form;
    this.processNo = processNo;
    this.state = State.DRAFT;
    this.unitCode = unitCode;
    this.requesterUid = requester.uid();
    this.requesterName = requester.name();
    this.requesterPosition = requester.position();
    this.contactSchool = requester.school();
    this.contactPhone = requester.phone();
    this.createdBy = createdBy;
    this.subject = subject;
    this.addressedTo = addressedTo;
    this.body = body;
    this.amount = amount;
    this.createdAt = now;
  }

  /**
   * A request taken over from a paper register (register.RegisterImportService): already closed,
   * with the printed number as it stands in the book and no running number of ours (period and
   * running number stay null, so it never collides with the registers this system keeps).
   *
   * @throws IllegalArgumentException when the state is not a final one: history only
   */
  public static Submission imported(FormCode form, Integer processNo, State finalState, String unitCode, Requester requester,
      String createdBy, String numberText, String subject, String addressedTo, BigDecimal amount, String outcome,
      OffsetDateTime createdAt, LocalDate submittedOn, OffsetDateTime decidedAt, OffsetDateTime closedAt) {
    if (finalState == null || !finalState.isFinal()) {
      throw new IllegalArgumentException("an imported request is closed, not " + finalState);
    }
    Submission s = new Submission(form, processNo, unitCode, requester, createdBy, subject, addressedTo, null, amount,
        createdAt);
    s.state = finalState;
    s.numberText = numberText;
    s.submittedOn = submittedOn;
    s.decidedAt = decidedAt;
    s.closedAt = closedAt;
    s.outcome = outcome;
    return s;
  }

  /** The one work-log line of an imported repair: the parts cost the paper register recorded. */
  public static WorkLog importedWork(long submissionId, String actorUid, OffsetDateTime at, String note,
      BigDecimal partsCost) {
    return new WorkLog(submissionId, actorUid, at, note, null, partsCost);
  }

  /** Moves along the workflow; the state machine refuses a transition that does not leave this state. */
  State apply(Transition transition, OffsetDateTime at) {
    State from = state;
    state = StateMachine.next(from, transition);
    if (transition == Transition.APPROVE || transition == Transition.REJECT) {
      decidedAt = at;
    }
    if (state.isFinal()) {
      closedAt = at;
    }
    return from;
  }

  void number(NumberingService.Issued issued, LocalDate on) {
    this.periodKey = issued.periodKey();
    this.runningNo = issued.number().running();
    this.numberText = issued.number().text();
    this.submittedOn = on;
  }

  /** The requester's correction of a request sent back: subject, text and amount. */
  void revise(String newSubject, String newBody, BigDecimal newAmount) {
    this.subject = newSubject;
    this.body = newBody;
    this.amount = newAmount;
  }

  void assignTo(String uid) {
    this.assigneeUid = uid;
  }

  void close(String outcomeText) {
    this.outcome = outcomeText;
  }

  /** Whoever the request is by: they may not review or approve it. */
  public Set<String> participantUids() {
    Set<String> uids = new LinkedHashSet<>();
    if (requesterUid != null) {
      uids.add(requesterUid);
    }
    uids.add(createdBy);
    return uids;
  }

  public boolean isRequester(String uid) {
    return uid != null && (uid.equals(requesterUid) || uid.equals(createdBy));
  }

  public Long getId() {
    return id;
  }

  public FormCode getForm() {
    return form;
  }

  public Integer getProcessNo() {
    return processNo;
  }

  public State getState() {
    return state;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public Integer getRunningNo() {
    return runningNo;
  }

  public String getNumberText() {
    return numberText;
  }

  public String getRequesterUid() {
    return requesterUid;
  }

  public String getRequesterName() {
    return requesterName;
  }

  public String getRequesterPosition() {
    return requesterPosition;
  }

  public String getContactSchool() {
    return contactSchool;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public String getSubject() {
    return subject;
  }

  public String getAddressedTo() {
    return addressedTo;
  }

  public String getBody() {
    return body;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getAssigneeUid() {
    return assigneeUid;
  }

  public String getOutcome() {
    return outcome;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDate getSubmittedOn() {
    return submittedOn;
  }

  public OffsetDateTime getDecidedAt() {
    return decidedAt;
  }

  public OffsetDateTime getClosedAt() {
    return closedAt;
  }

  public long getVersion() {
    return version;
  }
}
