package th.obec.esa.ict.organization.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import th.obec.esa.ict.organization.api.SyncReport;

/** One run of the directory sync (org_directory_sync), kept for the matching page. */
@Entity
@Table(name = "org_directory_sync")
@NamedQuery(name = "DirectorySyncRun.latest", query = "SELECT r FROM DirectorySyncRun r ORDER BY r.ranAt DESC, r.id DESC")
public class DirectorySyncRun {

  static final int DETAIL = 4000;

  @Id
  @SequenceGenerator(name = "org_directory_sync_seq", sequenceName = "org_directory_sync_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_directory_sync_seq")
  private Long id;

  @Column(name = "ran_at", nullable = false)
  private OffsetDateTime ranAt;

  @Column(name = "started_by", nullable = false, length = 64)
  private String startedBy;

  @Column(nullable = false, length = 16)
  private String outcome;

  @Column(name = "accounts_seen")
  private int accountsSeen;

  @Column(name = "staff_checked")
  private int staffChecked;

  private int changes;

  @Column(name = "exact_proposals")
  private int exactProposals;

  @Column(length = DETAIL)
  private String detail;

  @Version
  private long version;

  protected DirectorySyncRun() {}

  DirectorySyncRun(OffsetDateTime ranAt, String startedBy, String outcome, int accountsSeen, int staffChecked,
      int changes, int exactProposals, String detail) {
    this.ranAt = ranAt;
    this.startedBy = startedBy;
    this.outcome = outcome;
    this.accountsSeen = accountsSeen;
    this.staffChecked = staffChecked;
    this.changes = changes;
    this.exactProposals = exactProposals;
    this.detail = detail == null || detail.length() <= DETAIL ? detail : detail.substring(0, DETAIL - 1) + "…";
  }

  SyncReport report() {
    return new SyncReport(id, ranAt, startedBy, outcome, accountsSeen, staffChecked, changes, exactProposals, detail);
  }
}
