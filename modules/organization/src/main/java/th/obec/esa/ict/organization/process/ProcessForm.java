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

/** Section ๗ of a process: a form it uses, with the name as that process prints it. */
@Entity
@Table(name = "org_process_form")
@jakarta.persistence.NamedQuery(name = "ProcessForm.byFormCode",
    query = "SELECT pf FROM ProcessForm pf JOIN FETCH pf.process WHERE pf.form.code = :code")
public class ProcessForm {

  @Id
  @SequenceGenerator(name = "org_process_form_seq", sequenceName = "org_process_form_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_process_form_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "process_id")
  private WorkProcess process;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "form_id")
  private Form form;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(name = "marker_printed", length = 20)
  private String markerPrinted;

  @Column(name = "name_printed", length = 1000)
  private String namePrinted;

  /** Whether a new request of this form is filed under this process unless another is chosen. */
  @Column(name = "default_for_form", nullable = false)
  private boolean defaultForForm;

  @Version
  private long version;

  protected ProcessForm() {}

  public Long getId() { return id; }
  public WorkProcess getProcess() { return process; }
  public Form getForm() { return form; }
  public int getSortOrder() { return sortOrder; }
  public String getMarkerPrinted() { return markerPrinted; }
  public String getNamePrinted() { return namePrinted; }
  public boolean isDefaultForForm() { return defaultForForm; }
  public long getVersion() { return version; }
}
