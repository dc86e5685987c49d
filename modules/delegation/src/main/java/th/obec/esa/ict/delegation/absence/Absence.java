package th.obec.esa.ict.delegation.absence;

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
import th.obec.esa.ict.delegation.api.AbsenceKind;

/**
 * A person away for [from, until): times, not days, because official travel and half-day leave
 * start and end within a day, and because an absence that has ended must stop a stand-in at once.
 */
@Entity
@Table(name = "dlg_absence")
@NamedQuery(name = "Absence.findAt",
    query = "SELECT a FROM Absence a WHERE a.from <= :t AND a.until > :t ORDER BY a.from, a.id")
@NamedQuery(name = "Absence.findOverlapping",
    query = "SELECT a FROM Absence a WHERE a.from < :to AND a.until > :from ORDER BY a.from, a.id")
@NamedQuery(name = "Absence.findOverlappingFor",
    query = "SELECT a FROM Absence a WHERE a.personUid = :uid AND a.from < :to AND a.until > :from ORDER BY a.from, a.id")
public class Absence {

  public static final int NOTE = 1000;

  @Id
  @SequenceGenerator(name = "dlg_absence_seq", sequenceName = "dlg_absence_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dlg_absence_seq")
  private Long id;

  @Column(name = "person_uid", nullable = false, length = 64)
  private String personUid;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AbsenceKind kind;

  @Column(name = "valid_from", nullable = false)
  private OffsetDateTime from;

  @Column(name = "valid_until", nullable = false)
  private OffsetDateTime until;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  @Column(length = NOTE)
  private String note;

  @Version
  private long version;

  protected Absence() {}

  public Absence(String personUid, AbsenceKind kind, OffsetDateTime from, OffsetDateTime until, String recordedBy,
      OffsetDateTime recordedAt, String note) {
    if (!from.isBefore(until)) {
      throw new InvalidAbsenceException("until", "delegation.absence.period.invalid");
    }
    this.personUid = personUid;
    this.kind = kind;
    this.from = from;
    this.until = until;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
    this.note = note;
  }

  /**
   * The person is back (or the post filled) at {@code now}: the absence ends there, its start kept.
   * An absence that has not begun yet cannot end; it is withdrawn instead ({@link #hasBegunAt}).
   */
  public void endAt(OffsetDateTime now) {
    if (!now.isBefore(until)) {
      throw new InvalidAbsenceException(null, "delegation.absence.alreadyEnded");
    }
    if (!hasBegunAt(now)) {
      throw new IllegalStateException("an absence that has not begun is withdrawn, not ended");
    }
    this.until = now;
  }

  public boolean hasBegunAt(OffsetDateTime now) {
    return now.isAfter(from);
  }

  public Long getId() {
    return id;
  }

  public String getPersonUid() {
    return personUid;
  }

  public AbsenceKind getKind() {
    return kind;
  }

  public OffsetDateTime getFrom() {
    return from;
  }

  public OffsetDateTime getUntil() {
    return until;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public OffsetDateTime getRecordedAt() {
    return recordedAt;
  }

  public String getNote() {
    return note;
  }
}
