package th.obec.esa.ict.organization.staff;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import th.obec.esa.ict.organization.unit.Office;

/** A position slot: title, level and the position number as printed and normalised. */
@Entity
@Cacheable // reference data, read on every authority check: shared cache (persistence.xml)
@Table(name = "org_position")
@NamedQuery(name = "Position.findByNumber",
    query = "SELECT p FROM Position p WHERE p.office.id = :office AND p.positionNumberNormalized = :number")
public class Position {

  /** Levels that orders print glued to the title ("นักวิเคราะห์นโยบายและแผนชำนาญการ"); longest first. */
  static final String[] LEVELS = {
    "ชำนาญการพิเศษ", "ชำนาญการ", "เชี่ยวชาญพิเศษ", "เชี่ยวชาญ", "ปฏิบัติการ", "ชำนาญงาน", "ปฏิบัติงาน", "อาวุโส", "ทักษะพิเศษ"
  };

  @Id
  @SequenceGenerator(name = "org_position_seq", sequenceName = "org_position_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_position_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "office_id")
  private Office office;

  @Column(name = "title_th", nullable = false, length = 300)
  private String titleTh;

  @Column(name = "position_level", length = 100)
  private String positionLevel;

  @Column(name = "title_printed", length = 500)
  private String titlePrinted;

  @Column(name = "position_number_raw", length = 30)
  private String positionNumberRaw;

  @Column(name = "position_number_normalized", length = 30)
  private String positionNumberNormalized;

  @Column(name = "review_note", length = 2000)
  private String reviewNote;

  @Version
  private long version;

  protected Position() {}

  /** A position as an order prints it: the level is split off the title, the number normalised. */
  public Position(Office office, String titlePrinted, String numberPrinted, String reviewNote) {
    String[] split = splitLevel(titlePrinted);
    this.office = office;
    this.titleTh = split[0];
    this.positionLevel = split[1];
    this.titlePrinted = titlePrinted;
    this.positionNumberRaw = numberPrinted == null || numberPrinted.isBlank() ? null : numberPrinted.strip();
    this.positionNumberNormalized = PositionNumber.normalize(numberPrinted);
    this.reviewNote = reviewNote;
  }

  /** {title, level or null}: "นิติกรชำนาญการ" gives {"นิติกร", "ชำนาญการ"}. */
  public static String[] splitLevel(String titlePrinted) {
    String t = titlePrinted == null ? "" : titlePrinted.strip();
    for (String level : LEVELS) {
      if (t.endsWith(level) && t.length() > level.length()) {
        return new String[] {t.substring(0, t.length() - level.length()).strip(), level};
      }
    }
    return new String[] {t, null};
  }

  public String display() {
    return titlePrinted != null ? titlePrinted : titleTh + (positionLevel == null ? "" : positionLevel);
  }

  public Long getId() { return id; }
  public Office getOffice() { return office; }
  public String getTitleTh() { return titleTh; }
  public String getPositionLevel() { return positionLevel; }
  public String getTitlePrinted() { return titlePrinted; }
  public String getPositionNumberRaw() { return positionNumberRaw; }
  public String getPositionNumberNormalized() { return positionNumberNormalized; }
  public String getReviewNote() { return reviewNote; }
  public long getVersion() { return version; }
}
