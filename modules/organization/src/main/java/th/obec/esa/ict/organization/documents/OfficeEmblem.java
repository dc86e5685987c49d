package th.obec.esa.ict.organization.documents;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** The office's emblem (ครุฑ), one per office, a PNG in the database. Not cached: read once per printed memo. */
@Entity
@Table(name = "org_office_emblem")
public class OfficeEmblem {

  @Id
  @Column(name = "office_id")
  private Long officeId;

  @Column(name = "content_type", nullable = false, length = 40)
  private String contentType;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content", nullable = false)
  private byte[] content;

  @Column(name = "width_px", nullable = false)
  private int widthPx;

  @Column(name = "height_px", nullable = false)
  private int heightPx;

  @Column(name = "file_name", length = 200)
  private String fileName;

  @Column(name = "uploaded_by", nullable = false, length = 100)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private OffsetDateTime uploadedAt;

  @Version
  private long version;

  protected OfficeEmblem() {}

  public OfficeEmblem(long officeId) {
    this.officeId = officeId;
  }

  void replace(EmblemRules.Checked png, String fileName, String by, OffsetDateTime at) {
    this.contentType = png.contentType();
    this.content = png.content();
    this.widthPx = png.widthPx();
    this.heightPx = png.heightPx();
    this.fileName = fileName;
    this.uploadedBy = by;
    this.uploadedAt = at;
  }

  public Long getOfficeId() { return officeId; }
  public String getContentType() { return contentType; }
  public byte[] getContent() { return content; }
  public int getWidthPx() { return widthPx; }
  public int getHeightPx() { return heightPx; }
  public String getFileName() { return fileName; }
  public String getUploadedBy() { return uploadedBy; }
  public OffsetDateTime getUploadedAt() { return uploadedAt; }
}
