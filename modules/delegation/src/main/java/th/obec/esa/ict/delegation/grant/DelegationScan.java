package th.obec.esa.ict.delegation.grant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The scan of the signed order a delegation entered for someone else rests on (a PDF), kept apart. */
@Entity
@Table(name = "dlg_delegation_scan")
public class DelegationScan {

  @Id
  @Column(name = "delegation_id")
  private Long delegationId;

  @Column(name = "file_name", nullable = false, length = 200)
  private String fileName;

  @Column(nullable = false)
  private byte[] content;

  @Column(name = "attached_by", nullable = false, length = 64)
  private String attachedBy;

  @Column(name = "attached_at", nullable = false)
  private OffsetDateTime attachedAt;

  protected DelegationScan() {}

  DelegationScan(Long delegationId, String fileName, byte[] content, String attachedBy, OffsetDateTime attachedAt) {
    this.delegationId = delegationId;
    this.fileName = fileName;
    this.content = content.clone();
    this.attachedBy = attachedBy;
    this.attachedAt = attachedAt;
  }

  void replace(String name, byte[] pdf, String by, OffsetDateTime at) {
    this.fileName = name;
    this.content = pdf.clone();
    this.attachedBy = by;
    this.attachedAt = at;
  }

  public byte[] getContent() {
    return content.clone();
  }

  public String getFileName() {
    return fileName;
  }
}
