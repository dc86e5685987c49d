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
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One F01 collection round: a system, a label, a due date; its returns are {@link ExpectedReturn} rows. */
@Entity
@Table(name = "rec_round")
@NamedQuery(name = "CollectionRound.all", query = "SELECT r FROM CollectionRound r ORDER BY r.dueDate DESC, r.id DESC")
@NamedQuery(name = "CollectionRound.dueBetween",
    query = "SELECT r FROM CollectionRound r WHERE r.dueDate >= :from AND r.dueDate <= :to ORDER BY r.dueDate, r.id")
@NamedQuery(name = "CollectionRound.duePast",
    query = "SELECT r FROM CollectionRound r WHERE r.dueDate < :today ORDER BY r.dueDate, r.id")
@NamedQuery(name = "CollectionRound.newest",
    query = "SELECT r FROM CollectionRound r ORDER BY r.createdAt DESC, r.id DESC")
public class CollectionRound {

  @Id
  @SequenceGenerator(name = "rec_round_seq", sequenceName = "rec_round_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rec_round_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "system_code", nullable = false, length = 16)
  private CentralSystem system;

  @Column(name = "other_name", length = 200)
  private String otherName;

  @Column(nullable = false, length = 300)
  private String label;

  @Column(name = "fiscal_year", nullable = false)
  private int fiscalYear;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(length = 2000)
  private String note;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by", nullable = false, length = 64)
  private String updatedBy;

  @Version
  private long version;

  protected CollectionRound() {}

  CollectionRound(OffsetDateTime at, String uid) {
    this.createdAt = at;
    this.createdBy = uid;
  }

  void set(CentralSystem system, String otherName, String label, int fiscalYear, LocalDate dueDate, String note,
      OffsetDateTime at, String uid) {
    this.system = system;
    this.otherName = system == CentralSystem.OTHER ? otherName : null;
    this.label = label;
    this.fiscalYear = fiscalYear;
    this.dueDate = dueDate;
    this.note = note;
    this.updatedAt = at;
    this.updatedBy = uid;
  }

  public Long getId() { return id; }
  public CentralSystem getSystem() { return system; }
  public String getOtherName() { return otherName; }
  public String getLabel() { return label; }
  public int getFiscalYear() { return fiscalYear; }
  public LocalDate getDueDate() { return dueDate; }
  public String getNote() { return note; }
  public OffsetDateTime getCreatedAt() { return createdAt; }
  public String getCreatedBy() { return createdBy; }
  public OffsetDateTime getUpdatedAt() { return updatedAt; }
  public String getUpdatedBy() { return updatedBy; }

  public String systemLabel() {
    return system.label(otherName);
  }
}
