package th.obec.esa.ict.evaluation.form;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** An evaluation's header and state; its sections, items and questions are rows of their own. */
@Entity
@Table(name = "evl_evaluation")
public class Evaluation {

  @Id
  @SequenceGenerator(name = "evl_evaluation_seq", sequenceName = "evl_evaluation_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evl_evaluation_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "form_code", nullable = false, length = 3)
  private EvaluationForm form;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(length = 4000)
  private String description;

  @Column(name = "fiscal_year", nullable = false)
  private int fiscalYear;

  @Column(nullable = false, length = 300)
  private String subject;

  @Column(name = "allowed_groups", nullable = false, length = 100)
  private String allowedGroups;

  @Column(nullable = false)
  private boolean anonymous;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private EvaluationState state;

  @Column(name = "planned_close")
  private LocalDate plannedClose;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "opened_at")
  private OffsetDateTime openedAt;

  @Column(name = "opened_by", length = 64)
  private String openedBy;

  @Column(name = "closed_at")
  private OffsetDateTime closedAt;

  @Column(name = "closed_by", length = 64)
  private String closedBy;

  @Version
  private long version;

  protected Evaluation() {}

  Evaluation(EvaluationInput in, OffsetDateTime at, String by) {
    this.state = EvaluationState.DRAFT;
    this.createdAt = at;
    this.createdBy = by;
    set(in);
  }

  final void set(EvaluationInput in) {
    this.form = in.form();
    this.title = EvaluationRules.clean(in.title());
    this.description = EvaluationRules.clean(in.description());
    this.fiscalYear = in.fiscalYear();
    this.subject = EvaluationRules.clean(in.subject());
    Set<RespondentGroup> groups = EnumSet.copyOf(in.groups());
    this.allowedGroups = groups.stream().map(Enum::name).collect(Collectors.joining(","));
    this.anonymous = groups.contains(RespondentGroup.PUBLIC);
    this.plannedClose = in.plannedClose();
  }

  void open(OffsetDateTime at, String by) {
    this.state = EvaluationState.OPEN;
    this.openedAt = at;
    this.openedBy = by;
  }

  void close(OffsetDateTime at, String by) {
    this.state = EvaluationState.CLOSED;
    this.closedAt = at;
    this.closedBy = by;
  }

  public Set<RespondentGroup> groups() {
    Set<RespondentGroup> out = EnumSet.noneOf(RespondentGroup.class);
    Arrays.stream(allowedGroups.split(",")).filter(s -> !s.isBlank()).map(RespondentGroup::valueOf).forEach(out::add);
    return out;
  }

  public Long getId() { return id; }
  public EvaluationForm getForm() { return form; }
  public String getTitle() { return title; }
  public String getDescription() { return description; }
  public int getFiscalYear() { return fiscalYear; }
  public String getSubject() { return subject; }
  public boolean isAnonymous() { return anonymous; }
  public EvaluationState getState() { return state; }
  public LocalDate getPlannedClose() { return plannedClose; }
  public OffsetDateTime getCreatedAt() { return createdAt; }
  public String getCreatedBy() { return createdBy; }
  public OffsetDateTime getOpenedAt() { return openedAt; }
  public String getOpenedBy() { return openedBy; }
  public OffsetDateTime getClosedAt() { return closedAt; }
  public String getClosedBy() { return closedBy; }
  public long getVersion() { return version; }
}
