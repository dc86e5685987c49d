package th.obec.esa.ict.organization.process;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import th.obec.esa.ict.organization.unit.Unit;

/** A work process (กระบวนงาน) of a unit, with the sections the manual prints for it. */
@Entity
@Table(name = "org_work_process")
@NamedQuery(name = "WorkProcess.findAll", query = "SELECT p FROM WorkProcess p ORDER BY p.unit.ordinal, p.processNumber")
public class WorkProcess {

  @Id
  @SequenceGenerator(name = "org_work_process_seq", sequenceName = "org_work_process_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_work_process_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @Column(name = "process_number", nullable = false)
  private int processNumber;

  @Column(name = "name_th", nullable = false, length = 1000)
  private String nameTh;

  @Column(name = "toc_title_th", length = 1000)
  private String tocTitleTh;

  @Column(name = "name_en", length = 300)
  private String nameEn;

  @Column(name = "definition_th", length = 4000)
  private String definitionTh;

  @OneToMany(mappedBy = "process")
  @OrderBy("sortOrder")
  private List<ProcessObjective> objectives = new ArrayList<>();

  @OneToMany(mappedBy = "process")
  @OrderBy("sortOrder")
  private List<ProcessScopeItem> scope = new ArrayList<>();

  @OneToMany(mappedBy = "process")
  @OrderBy("stepNumber")
  private List<ProcessStep> steps = new ArrayList<>();

  @OneToMany(mappedBy = "process")
  @OrderBy("sortOrder")
  private List<ProcessForm> forms = new ArrayList<>();

  @OneToMany(mappedBy = "process")
  @OrderBy("sortOrder")
  private List<ProcessReference> references = new ArrayList<>();

  @Version
  private long version;

  protected WorkProcess() {}

  public Long getId() { return id; }
  public Unit getUnit() { return unit; }
  public int getProcessNumber() { return processNumber; }
  public String getNameTh() { return nameTh; }
  public String getTocTitleTh() { return tocTitleTh; }
  public String getNameEn() { return nameEn; }
  public String getDefinitionTh() { return definitionTh; }
  public List<ProcessObjective> getObjectives() { return objectives; }
  public List<ProcessScopeItem> getScope() { return scope; }
  public List<ProcessStep> getSteps() { return steps; }
  public List<ProcessForm> getForms() { return forms; }
  public List<ProcessReference> getReferences() { return references; }
  public long getVersion() { return version; }
}
