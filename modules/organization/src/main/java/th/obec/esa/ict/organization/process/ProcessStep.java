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

/** Section ๕ of a process: one step, in order, as printed. */
@Entity
@Table(name = "org_process_step")
public class ProcessStep {

  @Id
  @SequenceGenerator(name = "org_process_step_seq", sequenceName = "org_process_step_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_process_step_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "process_id")
  private WorkProcess process;

  @Column(name = "step_number", nullable = false)
  private int stepNumber;

  @Column(name = "marker_printed", length = 20)
  private String markerPrinted;

  @Column(name = "step_text", nullable = false, length = 4000)
  private String text;

  @Version
  private long version;

  protected ProcessStep() {}

  public Long getId() { return id; }
  public WorkProcess getProcess() { return process; }
  public int getStepNumber() { return stepNumber; }
  public String getMarkerPrinted() { return markerPrinted; }
  public String getText() { return text; }
  public long getVersion() { return version; }
}
