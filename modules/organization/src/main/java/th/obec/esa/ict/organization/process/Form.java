package th.obec.esa.ict.organization.process;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/**
 * A form the manual names (F01–F22). The manual prints only names; the forms module designs
 * their fields, and refers to this catalogue by code.
 */
@Entity
@Table(name = "org_form")
@NamedQuery(name = "Form.findAll", query = "SELECT f FROM Form f ORDER BY f.code")
@NamedQuery(name = "Form.findByCode", query = "SELECT f FROM Form f WHERE f.code = :code")
public class Form {

  @Id
  @SequenceGenerator(name = "org_form_seq", sequenceName = "org_form_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_form_seq")
  private Long id;

  @Column(nullable = false, length = 10)
  private String code;

  @Column(name = "name_th", nullable = false, length = 1000)
  private String nameTh;

  @Column(name = "name_en", length = 300)
  private String nameEn;

  @OneToMany(mappedBy = "form")
  @OrderBy("id")
  private List<ProcessForm> usedBy = new ArrayList<>();

  @Version
  private long version;

  protected Form() {}

  public Long getId() { return id; }
  public String getCode() { return code; }
  public String getNameTh() { return nameTh; }
  public String getNameEn() { return nameEn; }
  public List<ProcessForm> getUsedBy() { return usedBy; }
  public long getVersion() { return version; }
}
