package th.obec.esa.ict.assets.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An item of an edition as printed: its number in the edition, name, spec lines in order, unit
 * and reference price. Items are never edited: a new edition brings new items.
 */
@Entity
@Table(name = "ast_catalog_item")
@NamedQuery(name = "CatalogItem.findByEdition",
    query = "SELECT i FROM CatalogItem i WHERE i.edition.id = :edition ORDER BY i.id")
@NamedQuery(name = "CatalogItem.findByEditionAndNo",
    query = "SELECT i FROM CatalogItem i WHERE i.edition.id = :edition AND i.itemNo = :no")
@NamedQuery(name = "CatalogItem.findByNameKey",
    query = "SELECT i FROM CatalogItem i WHERE i.nameKey = :key ORDER BY i.edition.announcedOn, i.edition.id")
@NamedQuery(name = "CatalogItem.countByEdition",
    query = "SELECT i.edition.id, COUNT(i) FROM CatalogItem i GROUP BY i.edition.id")
public class CatalogItem {

  public static final int ITEM_NO_LENGTH = 20;
  public static final int CATEGORY_LENGTH = 200;
  public static final int NAME_LENGTH = 500;
  public static final int UNIT_LENGTH = 50;
  public static final int SPEC_LINE_LENGTH = 2000;

  @Id
  @SequenceGenerator(name = "ast_catalog_item_seq", sequenceName = "ast_catalog_item_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ast_catalog_item_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "edition_id", nullable = false)
  private Edition edition;

  @Column(name = "item_no", nullable = false, length = ITEM_NO_LENGTH)
  private String itemNo;

  @Column(length = CATEGORY_LENGTH)
  private String category;

  @Column(name = "name_th", nullable = false, length = NAME_LENGTH)
  private String nameTh;

  @Column(name = "name_en", length = NAME_LENGTH)
  private String nameEn;

  @Column(name = "name_key", nullable = false, length = NAME_LENGTH)
  private String nameKey;

  @Column(length = UNIT_LENGTH)
  private String unit;

  @Column(name = "reference_price", nullable = false, precision = 14, scale = 2)
  private BigDecimal referencePrice;

  @Column(name = "source_page")
  private Integer sourcePage;

  @Column(name = "source_note", length = 1000)
  private String sourceNote;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "ast_catalog_spec", joinColumns = @JoinColumn(name = "item_id"))
  @OrderColumn(name = "line_no")
  @Column(name = "text", nullable = false, length = SPEC_LINE_LENGTH)
  private List<String> specLines = new ArrayList<>();

  @Version
  private long version;

  protected CatalogItem() {}

  public CatalogItem(Edition edition, ItemSnapshot item, String sourceNote) {
    this.edition = edition;
    this.itemNo = item.itemNo();
    this.category = item.category();
    this.nameTh = item.nameTh();
    this.nameEn = item.nameEn();
    this.nameKey = Names.key(item.nameTh());
    this.unit = item.unit();
    this.referencePrice = item.referencePrice();
    this.sourcePage = item.sourcePage();
    this.sourceNote = sourceNote;
    this.specLines = new ArrayList<>(item.specLines());
  }

  /** The item as a value, for comparisons of editions and of re-imported rows. */
  public ItemSnapshot snapshot() {
    return new ItemSnapshot(itemNo, category, nameTh, nameEn, unit, referencePrice, sourcePage, List.copyOf(specLines));
  }

  public Long getId() {
    return id;
  }

  public Edition getEdition() {
    return edition;
  }

  public String getItemNo() {
    return itemNo;
  }

  public String getCategory() {
    return category;
  }

  public String getNameTh() {
    return nameTh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getNameKey() {
    return nameKey;
  }

  public String getUnit() {
    return unit;
  }

  public BigDecimal getReferencePrice() {
    return referencePrice;
  }

  public Integer getSourcePage() {
    return sourcePage;
  }

  public String getSourceNote() {
    return sourceNote;
  }

  public List<String> getSpecLines() {
    return List.copyOf(specLines);
  }

  public long getVersion() {
    return version;
  }
}
