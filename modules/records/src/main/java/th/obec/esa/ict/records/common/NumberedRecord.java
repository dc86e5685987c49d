package th.obec.esa.ict.records.common;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What F13 and F16 records share: the running number of their register, the title and team,
 * the state, who recorded and changed them, and who issued the report (F15/F17) and signed it.
 */
@MappedSuperclass
public abstract class NumberedRecord {

  @Column(name = "number_text", nullable = false, length = 32, updatable = false)
  private String numberText;

  @Column(name = "fiscal_year", nullable = false, updatable = false)
  private int fiscalYear;

  @Column(name = "running_no", nullable = false, updatable = false)
  private int runningNo;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Column(length = 2000)
  private String team;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private RecordState state;

  @Column(name = "recorded_on", nullable = false, updatable = false)
  private LocalDate recordedOn;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false, length = 64, updatable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by", nullable = false, length = 64)
  private String updatedBy;

  @Column(name = "reported_at")
  private OffsetDateTime reportedAt;

  @Column(name = "reported_by", length = 64)
  private String reportedBy;

  @Column(name = "reporter_name", length = 200)
  private String reporterName;

  @Column(name = "reporter_position", length = 300)
  private String reporterPosition;

  @Column(name = "reporter_acting_line", length = 500)
  private String reporterActingLine;

  @Column(name = "reporter_basis_line", length = 500)
  private String reporterBasisLine;

  @Version
  private long version;

  protected NumberedRecord() {}

  protected NumberedRecord(RecordNumber number, LocalDate recordedOn, OffsetDateTime at, String uid) {
    this.numberText = number.text();
    this.fiscalYear = number.fiscalYear();
    this.runningNo = number.running();
    this.state = RecordState.RECORDED;
    this.recordedOn = recordedOn;
    this.createdAt = at;
    this.createdBy = uid;
    this.updatedAt = at;
    this.updatedBy = uid;
  }

  public void setCommon(String title, LocalDate startDate, LocalDate endDate, String team, OffsetDateTime at,
      String uid) {
    this.title = title;
    this.startDate = startDate;
    this.endDate = endDate;
    this.team = team;
    this.updatedAt = at;
    this.updatedBy = uid;
  }

  public void reported(Signature signer, OffsetDateTime at, String uid) {
    this.state = RecordState.REPORTED;
    this.reportedAt = at;
    this.reportedBy = uid;
    this.reporterName = signer.name();
    this.reporterPosition = signer.position();
    this.reporterActingLine = signer.actingLine();
    this.reporterBasisLine = signer.basisLine();
    this.updatedAt = at;
    this.updatedBy = uid;
  }

  public void reopened(OffsetDateTime at, String uid) {
    this.state = RecordState.RECORDED;
    this.reportedAt = null;
    this.reportedBy = null;
    this.reporterName = null;
    this.reporterPosition = null;
    this.reporterActingLine = null;
    this.reporterBasisLine = null;
    this.updatedAt = at;
    this.updatedBy = uid;
  }

  public String getNumberText() { return numberText; }
  public int getFiscalYear() { return fiscalYear; }
  public int getRunningNo() { return runningNo; }
  public String getTitle() { return title; }
  public LocalDate getStartDate() { return startDate; }
  public LocalDate getEndDate() { return endDate; }
  public List<String> getTeam() { return Texts.teamOf(team); }
  public RecordState getState() { return state; }
  public LocalDate getRecordedOn() { return recordedOn; }
  public OffsetDateTime getCreatedAt() { return createdAt; }
  public String getCreatedBy() { return createdBy; }
  public OffsetDateTime getUpdatedAt() { return updatedAt; }
  public String getUpdatedBy() { return updatedBy; }
  public OffsetDateTime getReportedAt() { return reportedAt; }
  public String getReportedBy() { return reportedBy; }
  public String getReporterName() { return reporterName; }
  public String getReporterPosition() { return reporterPosition; }

  /** The signature block as issued: name, own position, acting line and basis kept with the record. */
  public th.obec.esa.ict.platform.signature.SignatureBlock getReporterBlock() {
    return new Signature(reporterName, reporterPosition, reporterActingLine, reporterBasisLine).block();
  }
}
