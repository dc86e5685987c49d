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
import java.time.LocalDate;

/** One published edition of the reference-price list; its name is unique ("มีนาคม 2566"). */
@Entity
@Table(name = "ast_edition")
@NamedQuery(name = "Edition.findAll", query = "SELECT e FROM Edition e ORDER BY e.announcedOn DESC, e.id DESC")
@NamedQuery(name = "Edition.findByName", query = "SELECT e FROM Edition e WHERE e.name = :name")
public class Edition {

  public static final int NAME_LENGTH = 100;

  @Id
  @SequenceGenerator(name = "ast_edition_seq", sequenceName = "ast_edition_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ast_edition_seq")
  private Long id;

  @Column(nullable = false, length = NAME_LENGTH)
  private String name;

  @Column(nullable = false, length = 300)
  private String publisher;

  @Column(name = "announced_on")
  private LocalDate announcedOn;

  @Column(name = "effective_from")
  private LocalDate effectiveFrom;

  @Column(name = "source_document", length = 1000)
  private String sourceDocument;

  @Column(length = 2000)
  private String note;

  @Version
  private long version;

  protected Edition() {}

  public Edition(String name, String publisher, LocalDate announcedOn, LocalDate effectiveFrom, String sourceDocument) {
    if (name == null || name.isBlank()) {
      throw new CatalogInvalidException("editionName", "assets.edition.name.required");
    }
    if (publisher == null || publisher.isBlank()) {
      throw new CatalogInvalidException("publisher", "assets.edition.publisher.required");
    }
    this.name = name.strip();
    this.publisher = publisher.strip();
    this.announcedOn = announcedOn;
    this.effectiveFrom = effectiveFrom;
    this.sourceDocument = sourceDocument;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getPublisher() {
    return publisher;
  }

  public LocalDate getAnnouncedOn() {
    return announcedOn;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public String getSourceDocument() {
    return sourceDocument;
  }

  public String getNote() {
    return note;
  }

  public long getVersion() {
    return version;
  }
}
