package th.obec.esa.ict.forms.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * F14's own fields and the grant: asked for on filing, granted on approval, ended by expiry, by
 * review or revocation. Whether it holds at a moment is {@link #isActiveOn(LocalDate)}; the end is
 * also written down, so the list and the F10 summary show when and why it ended.
 */
@Entity
@Table(name = "frm_access")
@NamedQuery(name = "AccessGrant.open", query = "SELECT g FROM AccessGrant g WHERE g.grantedAt IS NOT NULL"
    + " AND g.endedAt IS NULL ORDER BY g.systemCode, g.holderUid")
@NamedQuery(name = "AccessGrant.overdue", query = "SELECT g FROM AccessGrant g WHERE g.grantedAt IS NOT NULL"
    + " AND g.endedAt IS NULL AND g.validUntil < :today")
@NamedQuery(name = "AccessGrant.ofHolder", query = "SELECT g FROM AccessGrant g WHERE g.holderUid = :uid"
    + " ORDER BY g.submissionId DESC")
@NamedQuery(name = "AccessGrant.all", query = "SELECT g FROM AccessGrant g ORDER BY g.submissionId DESC")
@NamedQuery(name = "AccessGrant.grantedBetween", query = "SELECT COUNT(g) FROM AccessGrant g"
    + " WHERE g.grantedAt >= :from AND g.grantedAt < :to")
@NamedQuery(name = "AccessGrant.endedBetween", query = "SELECT COUNT(g) FROM AccessGrant g"
    + " WHERE g.endedAt >= :from AND g.endedAt < :to")
public class AccessGrant {

  @Id
  @Column(name = "submission_id")
  private Long submissionId;

  @Enumerated(EnumType.STRING)
  @Column(name = "system_code", nullable = false, length = 20)
  private InformationSystem systemCode;

  @Column(name = "role_wanted", nullable = false, length = 100)
  private String role;

  @Column(name = "holder_uid", nullable = false, length = 64)
  private String holderUid;

  @Column(name = "holder_name", nullable = false, length = 200)
  private String holderName;

  @Column(name = "unit_code", nullable = false, length = 40)
  private String unitCode;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_until", nullable = false)
  private LocalDate validUntil;

  @Column(name = "granted_at")
  private OffsetDateTime grantedAt;

  @Column(name = "granted_by", length = 64)
  private String grantedBy;

  @Column(name = "ended_at")
  private OffsetDateTime endedAt;

  @Column(name = "ended_by", length = 64)
  private String endedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "end_reason", length = 20)
  private EndReason endReason;

  @Column(name = "reviewed_at")
  private OffsetDateTime reviewedAt;

  @Column(name = "reviewed_by", length = 64)
  private String reviewedBy;

  @Version
  private long version;

  protected AccessGrant() {}

  AccessGrant(long submissionId, InformationSystem system, String role, String holderUid, String holderName,
      String unitCode, AccessPeriod period) {
    this.submissionId = submissionId;
    this.systemCode = system;
    this.role = role;
    this.holderUid = holderUid;
    this.holderName = holderName;
    this.unitCode = unitCode;
    this.validFrom = period.from();
    this.validUntil = period.until();
  }

  AccessPeriod period() {
    return new AccessPeriod(validFrom, validUntil);
  }

  /** Granted, not ended, and the day within the period: the one rule every check uses. */
  public boolean isActiveOn(LocalDate day) {
    return grantedAt != null && endedAt == null && period().covers(day);
  }

  void grant(OffsetDateTime at, String by) {
    this.grantedAt = at;
    this.grantedBy = by;
  }

  /** Ends the grant; at expiry the moment recorded is the end of its last day, not the job's run. */
  void end(OffsetDateTime at, String by, EndReason reason) {
    this.endedAt = at;
    this.endedBy = by;
    this.endReason = reason;
  }

  void reviewed(OffsetDateTime at, String by) {
    this.reviewedAt = at;
    this.reviewedBy = by;
  }

  public Long getSubmissionId() {
    return submissionId;
  }

  public InformationSystem getSystem() {
    return systemCode;
  }

  public String getRole() {
    return role;
  }

  public String getHolderUid() {
    return holderUid;
  }

  public String getHolderName() {
    return holderName;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public OffsetDateTime getGrantedAt() {
    return grantedAt;
  }

  public String getGrantedBy() {
    return grantedBy;
  }

  public OffsetDateTime getEndedAt() {
    return endedAt;
  }

  public String getEndedBy() {
    return endedBy;
  }

  public EndReason getEndReason() {
    return endReason;
  }

  public OffsetDateTime getReviewedAt() {
    return reviewedAt;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }
}
