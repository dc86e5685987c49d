package th.obec.esa.ict.forms.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import th.obec.esa.ict.forms.port.BasisKind;
import th.obec.esa.ict.forms.workflow.State;
import th.obec.esa.ict.forms.workflow.Transition;

/**
 * One link of a submission's chain: who really acted, for whom and on what basis, when, and what
 * they said. Names and positions are copied as they were that day: the memo must print them even
 * after people move on.
 */
@Entity
@Table(name = "frm_step")
@NamedQuery(name = "Step.of", query = "SELECT s FROM Step s WHERE s.submissionId = :id ORDER BY s.at, s.id")
@NamedQuery(name = "Step.lastAt",
    query = "SELECT s.submissionId, MAX(s.at) FROM Step s WHERE s.submissionId IN :ids GROUP BY s.submissionId")
public class Step {

  @Id
  @SequenceGenerator(name = "frm_step_seq", sequenceName = "frm_step_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "frm_step_seq")
  private Long id;

  @Column(name = "submission_id", nullable = false)
  private long submissionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Transition action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state", nullable = false, length = 20)
  private State fromState;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state", nullable = false, length = 20)
  private State toState;

  @Column(name = "actor_uid", nullable = false, length = 64)
  private String actorUid;

  @Column(name = "actor_name", nullable = false, length = 200)
  private String actorName;

  @Column(name = "actor_position", length = 300)
  private String actorPosition;

  @Column(name = "acting_for_uid", length = 64)
  private String actingForUid;

  @Column(name = "acting_for_name", length = 200)
  private String actingForName;

  @Column(name = "acting_for_position", length = 300)
  private String actingForPosition;

  @Column(length = 500)
  private String basis;

  @Enumerated(EnumType.STRING)
  @Column(name = "basis_kind", nullable = false, length = 20)
  private BasisKind basisKind;

  @Column(nullable = false)
  private OffsetDateTime at;

  @Column(name = "comment_text", length = 2000)
  private String comment;

  @Column(name = "actor_acting_role", length = 500)
  private String actorActingRole;

  protected Step() {}

  Step(long submissionId, Transition action, State from, State to, Signer signer, OffsetDateTime at, String comment) {
    this.submissionId = submissionId;
    this.action = action;
    this.fromState = from;
    this.toState = to;
    this.actorUid = signer.uid();
    this.actorName = signer.name();
    this.actorPosition = signer.position();
    this.actingForUid = signer.actingForUid();
    this.actingForName = signer.actingForName();
    this.actingForPosition = signer.actingForTitle();
    this.basis = signer.basis();
    this.basisKind = signer.kind();
    this.actorActingRole = signer.actingRole();
    this.at = at;
    this.comment = comment;
  }

  public StepView view() {
    return new StepView(action, fromState, toState, actorUid, actorName, actorPosition, actingForUid, actingForName,
        actingForPosition, basis, basisKind, at, comment, actorActingRole);
  }
}
