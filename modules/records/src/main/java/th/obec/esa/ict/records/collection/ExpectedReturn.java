package th.obec.esa.ict.records.collection;

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
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * One submitter expected in a round, and its return once recorded. The submitter (unit or school)
 * is kept by value: code and name as they were then.
 */
@Entity
@Table(name = "rec_return")
@NamedQuery(name = "ExpectedReturn.ofRound",
    query = "SELECT e FROM ExpectedReturn e WHERE e.roundId = :round ORDER BY e.kind, e.code")
@NamedQuery(name = "ExpectedReturn.ofRounds",
    query = "SELECT e FROM ExpectedReturn e WHERE e.roundId IN :rounds ORDER BY e.roundId, e.kind, e.code")
@NamedQuery(name = "ExpectedReturn.ofRoundsDueBefore",
    query = "SELECT e, r FROM ExpectedReturn e, CollectionRound r WHERE e.roundId = r.id AND r.dueDate < :today"
        + " ORDER BY r.dueDate, r.id, e.kind, e.code")
public class ExpectedReturn {

  @Id
  @SequenceGenerator(name = "rec_return_seq", sequenceName = "rec_return_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rec_return_seq")
  private Long id;

  @Column(name = "round_id", nullable = false)
  private Long roundId;

  @Enumerated(EnumType.STRING)
  @Column(name = "submitter_kind", nullable = false, length = 8)
  private SubmitterKind kind;

  @Column(nullable = false, length = 40)
  private String code;

  @Column(nullable = false, length = 300)
  private String name;

  @Column(name = "submitted_at")
  private OffsetDateTime submittedAt;

  @Column(name = "submitted_by", length = 200)
  private String submittedBy;

  @Column(name = "records_count")
  private Integer recordsCount;

  @Column(length = 2000)
  private String note;

  @Column(name = "recorded_at")
  private OffsetDateTime recordedAt;

  @Column(name = "recorded_by", length = 64)
  private String recordedBy;

  @Version
  private long version;

  protected ExpectedReturn() {}

  ExpectedReturn(long roundId, SubmitterKind kind, String code, String name) {
    this.roundId = roundId;
    this.kind = kind;
    this.code = code;
    this.name = name;
  }

  void record(OffsetDateTime submittedAt, String submittedBy, Integer recordsCount, String note,
      OffsetDateTime recordedAt, String recordedBy) {
    this.submittedAt = submittedAt;
    this.submittedBy = submittedBy;
    this.recordsCount = recordsCount;
    this.note = note;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
  }

  void unrecord() {
    record(null, null, null, null, null, null);
  }

  public Long getId() { return id; }
  public Long getRoundId() { return roundId; }
  public SubmitterKind getKind() { return kind; }
  public String getCode() { return code; }
  public String getName() { return name; }
  public OffsetDateTime getSubmittedAt() { return submittedAt; }
  public String getSubmittedBy() { return submittedBy; }
  public Integer getRecordsCount() { return recordsCount; }
  public String getNote() { return note; }
  public OffsetDateTime getRecordedAt() { return recordedAt; }
  public String getRecordedBy() { return recordedBy; }
}
