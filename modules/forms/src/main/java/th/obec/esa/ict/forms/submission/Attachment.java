package th.obec.esa.ict.forms.submission;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A file attached to a submission (a photo of the fault, a quotation). Kept in the database:
 * it commits and rolls back with the submission and is backed up with it; the limits below keep
 * the table small.
 */
@Entity
@Table(name = "frm_attachment")
@NamedQuery(name = "Attachment.of", query = "SELECT a FROM Attachment a WHERE a.submissionId = :id ORDER BY a.id")
@NamedQuery(name = "Attachment.count", query = "SELECT COUNT(a) FROM Attachment a WHERE a.submissionId = :id")
public class Attachment {

  public static final int MAX_BYTES = 5 * 1024 * 1024;
  public static final int MAX_PER_SUBMISSION = 10;
  public static final int NAME_MAX = 255;
  public static final Set<String> TYPES = Set.of("image/jpeg", "image/png", "image/webp", "application/pdf");

  @Id
  @SequenceGenerator(name = "frm_attachment_seq", sequenceName = "frm_attachment_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "frm_attachment_seq")
  private Long id;

  @Column(name = "submission_id", nullable = false)
  private long submissionId;

  @Column(name = "file_name", nullable = false, length = NAME_MAX)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 100)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private int sizeBytes;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] content;

  @Column(name = "added_by", nullable = false, length = 64)
  private String addedBy;

  @Column(name = "added_at", nullable = false)
  private OffsetDateTime addedAt;

  protected Attachment() {}

  Attachment(long submissionId, String fileName, String contentType, byte[] content, String addedBy, OffsetDateTime at) {
    this.submissionId = submissionId;
    this.fileName = fileName;
    this.contentType = contentType;
    this.sizeBytes = content.length;
    this.content = content.clone();
    this.addedBy = addedBy;
    this.addedAt = at;
  }

  public Long getId() {
    return id;
  }

  public long getSubmissionId() {
    return submissionId;
  }

  public byte[] getContent() {
    return content.clone();
  }

  public AttachmentView view() {
    return new AttachmentView(id, fileName, contentType, sizeBytes, addedBy, addedAt);
  }
}
