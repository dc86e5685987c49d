package th.obec.esa.ict.organization.process;

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

/** Section ๘ of a process: a law, plan or document it refers to. */
@Entity
@Table(name = "org_process_reference")
public class ProcessReference {

  @Id
  @SequenceGenerator(name = "org_process_reference_seq", sequenceName = "org_process_reference_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_process_reference_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "process_id")
  private WorkProcess process;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(name = "marker_printed", length = 20)
  private String markerPrinted;

  @Column(name = "reference_text", nullable = false, length = 4000)
  private String text;

  @Version
  private long version;

  protected ProcessReference() {}

  public Long getId() { return id; }
  public WorkProcess getProcess() { return process; }
  public int getSortOrder() { return sortOrder; }
  public String getMarkerPrinted() { return markerPrinted; }
  public String getText() { return text; }
  public long getVersion() { return version; }
}
