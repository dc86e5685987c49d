package th.obec.esa.ict.records.improvement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import th.obec.esa.ict.records.common.NumberedRecord;
import th.obec.esa.ict.records.common.RecordNumber;

/** An F16 improvement record with its indicators. */
@Entity
@Table(name = "rec_improvement")
@NamedQuery(name = "Improvement.all", query = "SELECT i FROM Improvement i ORDER BY i.createdAt DESC, i.id DESC")
@NamedQuery(name = "Improvement.recordedBetween", query = "SELECT i FROM Improvement i WHERE i.recordedOn >= :from"
    + " AND i.recordedOn <= :to ORDER BY i.recordedOn, i.id")
public class Improvement extends NumberedRecord {

  @Id
  @SequenceGenerator(name = "rec_improvement_seq", sequenceName = "rec_improvement_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rec_improvement_seq")
  private Long id;

  @Column(name = "work_process", nullable = false, length = 1000)
  private String workProcess;

  @Column(nullable = false, length = 40)
  private String targets;

  @Column(name = "problem_before", length = 4000)
  private String problemBefore;

  @Column(name = "action_taken", length = 4000)
  private String actionTaken;

  @Column(length = 8000)
  private String result;

  @Column(name = "qualitative_outcome", length = 4000)
  private String qualitativeOutcome;

  @Column(name = "next_steps", length = 4000)
  private String nextSteps;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "rec_indicator", joinColumns = @JoinColumn(name = "improvement_id"))
  @OrderColumn(name = "line_no")
  private List<Indicator> indicators = new ArrayList<>();

  protected Improvement() {}

  Improvement(RecordNumber number, LocalDate recordedOn, OffsetDateTime at, String uid) {
    super(number, recordedOn, at, uid);
  }

  void set(String workProcess, Set<Target> targets, String problemBefore, String actionTaken, String result,
      String qualitativeOutcome, String nextSteps, List<Indicator> indicators) {
    this.workProcess = workProcess;
    this.targets = targets.stream().sorted().map(Target::name).collect(Collectors.joining(","));
    this.problemBefore = problemBefore;
    this.actionTaken = actionTaken;
    this.result = result;
    this.qualitativeOutcome = qualitativeOutcome;
    this.nextSteps = nextSteps;
    this.indicators.clear();
    this.indicators.addAll(indicators);
  }

  public Long getId() { return id; }
  public String getWorkProcess() { return workProcess; }
  public String getProblemBefore() { return problemBefore; }
  public String getActionTaken() { return actionTaken; }
  public String getResult() { return result; }
  public String getQualitativeOutcome() { return qualitativeOutcome; }
  public String getNextSteps() { return nextSteps; }
  public List<Indicator> getIndicators() { return List.copyOf(indicators); }

  public Set<Target> getTargets() {
    EnumSet<Target> out = EnumSet.noneOf(Target.class);
    if (targets != null && !targets.isBlank()) {
      Arrays.stream(targets.split(",")).map(Target::valueOf).forEach(out::add);
    }
    return out;
  }
}
