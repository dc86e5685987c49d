package th.obec.esa.ict.assets.catalog;

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

/**
 * An accepted import file, known by the SHA-256 of its bytes, so that importing the same file
 * again is recognised at once and creates nothing.
 */
@Entity
@Table(name = "ast_catalog_import")
@NamedQuery(name = "CatalogImport.findByHash", query = "SELECT c FROM CatalogImport c WHERE c.contentSha256 = :hash")
public class CatalogImport {

  @Id
  @SequenceGenerator(name = "ast_catalog_import_seq", sequenceName = "ast_catalog_import_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ast_catalog_import_seq")
  private Long id;

  @Column(name = "edition_id", nullable = false)
  private Long editionId;

  @Column(name = "file_name", nullable = false, length = 300)
  private String fileName;

  @Column(name = "content_sha256", nullable = false, length = 64)
  private String contentSha256;

  @Column(name = "item_count", nullable = false)
  private int itemCount;

  @Column(name = "created_count", nullable = false)
  private int createdCount;

  @Column(name = "imported_at", nullable = false)
  private OffsetDateTime importedAt;

  @Column(name = "imported_by", nullable = false, length = 64)
  private String importedBy;

  @Version
  private long version;

  protected CatalogImport() {}

  public CatalogImport(Long editionId, String fileName, String contentSha256, int itemCount, int createdCount,
      OffsetDateTime importedAt, String importedBy) {
    this.editionId = editionId;
    this.fileName = fileName.length() > 300 ? fileName.substring(0, 300) : fileName;
    this.contentSha256 = contentSha256;
    this.itemCount = itemCount;
    this.createdCount = createdCount;
    this.importedAt = importedAt;
    this.importedBy = importedBy;
  }

  public Long getId() {
    return id;
  }

  public Long getEditionId() {
    return editionId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentSha256() {
    return contentSha256;
  }

  public int getItemCount() {
    return itemCount;
  }

  public int getCreatedCount() {
    return createdCount;
  }

  public OffsetDateTime getImportedAt() {
    return importedAt;
  }

  public String getImportedBy() {
    return importedBy;
  }
}
