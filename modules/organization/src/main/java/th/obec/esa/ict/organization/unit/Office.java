package th.obec.esa.ict.organization.unit;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The office this installation serves. It is data, never a constant in code: the manual itself
 * was copied between offices, and a second office must be a matter of data only.
 */
@Entity
@Cacheable // reference data, read on every authority check: shared cache (persistence.xml)
@Table(name = "org_office")
@NamedQuery(name = "Office.findAll", query = "SELECT o FROM Office o ORDER BY o.id",
    hints = @QueryHint(name = "eclipselink.query-results-cache", value = "true"))
public class Office {

  @Id
  @SequenceGenerator(name = "org_office_seq", sequenceName = "org_office_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_office_seq")
  private Long id;

  @Column(nullable = false, length = 40)
  private String code;

  @Column(name = "name_th", nullable = false, length = 300)
  private String nameTh;

  @Column(name = "name_en", length = 300)
  private String nameEn;

  @Column(name = "short_name_th", length = 100)
  private String shortNameTh;

  @Column(name = "abbreviation_th", length = 50)
  private String abbreviationTh;

  @Column(name = "letter_number_prefix", length = 50)
  private String letterNumberPrefix;

  @Column(name = "province_th", length = 100)
  private String provinceTh;

  /** Kept as an id: the director is a staff row, and the office row must exist before any staff. */
  @Column(name = "director_staff_id")
  private Long directorStaffId;

  @Column(name = "source_note", length = 2000)
  private String sourceNote;

  /** FISCAL_YEAR or CALENDAR_YEAR; null for the installation's configured default. */
  @Column(name = "letter_year_basis", length = 20)
  private String letterYearBasis;

  /** SHARED or PER_UNIT. */
  @Column(name = "letter_register", nullable = false, length = 20)
  private String letterRegister = "SHARED";

  @Column(name = "thai_digits", nullable = false)
  private boolean thaiDigits = true;

  @Version
  private long version;

  protected Office() {}

  /** An administrator fills in what the source documents did not print (e.g. the letter-number prefix). */
  public void update(String nameEn, String shortNameTh, String abbreviationTh, String letterNumberPrefix,
      String provinceTh, Long directorStaffId) {
    this.nameEn = nameEn;
    this.shortNameTh = shortNameTh;
    this.abbreviationTh = abbreviationTh;
    this.letterNumberPrefix = letterNumberPrefix;
    this.provinceTh = provinceTh;
    this.directorStaffId = directorStaffId;
  }

  /** How the office numbers and prints its documents (issue 17). */
  public void documents(String letterYearBasis, String letterRegister, boolean thaiDigits) {
    this.letterYearBasis = letterYearBasis;
    this.letterRegister = letterRegister;
    this.thaiDigits = thaiDigits;
  }

  public Long getId() { return id; }
  public String getLetterYearBasis() { return letterYearBasis; }
  public String getLetterRegister() { return letterRegister; }
  public boolean isThaiDigits() { return thaiDigits; }
  public String getCode() { return code; }
  public String getNameTh() { return nameTh; }
  public String getNameEn() { return nameEn; }
  public String getShortNameTh() { return shortNameTh; }
  public String getAbbreviationTh() { return abbreviationTh; }
  public String getLetterNumberPrefix() { return letterNumberPrefix; }
  public String getProvinceTh() { return provinceTh; }
  public Long getDirectorStaffId() { return directorStaffId; }
  public String getSourceNote() { return sourceNote; }
  public long getVersion() { return version; }
}
