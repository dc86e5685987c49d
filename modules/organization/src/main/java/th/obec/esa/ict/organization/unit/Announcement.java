package th.obec.esa.ict.organization.unit;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** An announcement that creates units and gives them duties; a unit's duties cite it as their source. */
@Entity
@Cacheable // reference data, read on every authority check: shared cache (persistence.xml)
@Table(name = "org_announcement")
public class Announcement {

  @Id
  @SequenceGenerator(name = "org_announcement_seq", sequenceName = "org_announcement_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_announcement_seq")
  private Long id;

  @Column(nullable = false, length = 40)
  private String code;

  @Column(name = "title_th", nullable = false, length = 1000)
  private String titleTh;

  @Column(name = "issued_on")
  private LocalDate issuedOn;

  @Column(name = "signer_name_printed", length = 300)
  private String signerNamePrinted;

  @Column(name = "signer_position_printed", length = 500)
  private String signerPositionPrinted;

  @Column(name = "source_note", length = 2000)
  private String sourceNote;

  @Version
  private long version;

  protected Announcement() {}

  public Long getId() { return id; }
  public String getCode() { return code; }
  public String getTitleTh() { return titleTh; }
  public LocalDate getIssuedOn() { return issuedOn; }
  public String getSignerNamePrinted() { return signerNamePrinted; }
  public String getSignerPositionPrinted() { return signerPositionPrinted; }
  public String getSourceNote() { return sourceNote; }
  public long getVersion() { return version; }
}
