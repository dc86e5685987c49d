package th.obec.esa.ict.organization.unit;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One statutory duty of a unit, as printed, with its printed letter such as "(ก)". */
@Entity
@Cacheable // reference data, read on every authority check: shared cache (persistence.xml)
@Table(name = "org_unit_duty")
public class UnitDuty {

  @Id
  @SequenceGenerator(name = "org_unit_duty_seq", sequenceName = "org_unit_duty_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_duty_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "announcement_id")
  private Announcement announcement;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(name = "marker_printed", length = 20)
  private String markerPrinted;

  @Column(name = "duty_text", nullable = false, length = 4000)
  private String dutyText;

  @Column(name = "review_note", length = 2000)
  private String reviewNote;

  @Version
  private long version;

  protected UnitDuty() {}

  public Long getId() { return id; }
  public Unit getUnit() { return unit; }
  public Announcement getAnnouncement() { return announcement; }
  public int getSortOrder() { return sortOrder; }
  public String getMarkerPrinted() { return markerPrinted; }
  public String getDutyText() { return dutyText; }
  public String getReviewNote() { return reviewNote; }
  public long getVersion() { return version; }
}
