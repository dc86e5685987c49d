package th.obec.esa.ict.delegation.power;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import th.obec.esa.ict.delegation.api.PowerLevel;
import th.obec.esa.ict.delegation.api.PowerView;
import th.obec.esa.ict.delegation.rules.PowerDef;

/** A named power; rows come from migrations (reference data), so the entity is read-only here. */
@Entity
@Cacheable // read by every authority check: kept in the shared cache (persistence.xml)
@Table(name = "dlg_power")
@NamedQuery(name = "Power.findAll", query = "SELECT p FROM Power p ORDER BY p.sortOrder, p.code",
    hints = @QueryHint(name = "eclipselink.query-results-cache", value = "true"))
public class Power {

  @Id
  @Column(length = 40)
  private String code;

  @Column(name = "name_th", nullable = false, length = 300)
  private String nameTh;

  @Column(name = "name_en", nullable = false, length = 300)
  private String nameEn;

  @Column(name = "form_codes", length = 100)
  private String formCodes;

  @Enumerated(EnumType.STRING)
  @Column(name = "holder_level", nullable = false, length = 10)
  private PowerLevel level;

  @Column(name = "holder_ceiling", precision = 14, scale = 2)
  private BigDecimal holderCeiling;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected Power() {}

  public PowerDef toDef() {
    return new PowerDef(code, nameTh, level, holderCeiling);
  }

  public PowerView toView() {
    return new PowerView(code, nameTh, nameEn, formCodes, level, holderCeiling);
  }

  public String getCode() {
    return code;
  }
}
