package th.obec.esa.ict.web.delegation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import th.obec.esa.ict.delegation.api.DelegateKind;
import th.obec.esa.ict.delegation.api.NewDelegation;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.web.shell.ThaiFormat;

/** The inputs of a new delegation; whole days, first to last, become the half-open period. */
public class DelegationForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String delegatorUid;
  private DelegateKind delegateKind = DelegateKind.PERSON;
  private String delegateRef;
  private List<String> powers = new ArrayList<>();
  private BigDecimal ceiling;
  private String unitCode;
  private LocalDate firstDay;
  private LocalDate lastDay;
  private String basisOrder;
  private String basisMemo;
  private boolean redelegable;
  private Long parentId;

  public NewDelegation toNew() {
    return new NewDelegation(delegatorUid, delegateKind, delegateRef, Set.copyOf(powers), ceiling, unitCode,
        firstDay == null ? null : firstDay.atStartOfDay(OfficeTime.ZONE).toOffsetDateTime(),
        lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(OfficeTime.ZONE).toOffsetDateTime(),
        basisOrder, basisMemo, redelegable, parentId);
  }

  public String getDelegatorUid() { return delegatorUid; }
  public void setDelegatorUid(String v) { delegatorUid = v; }
  public DelegateKind getDelegateKind() { return delegateKind; }
  public void setDelegateKind(DelegateKind v) { delegateKind = v; }
  public String getDelegateRef() { return delegateRef; }
  public void setDelegateRef(String v) { delegateRef = v; }
  public List<String> getPowers() { return powers; }
  public void setPowers(List<String> v) { powers = v == null ? new ArrayList<>() : v; }
  public BigDecimal getCeiling() { return ceiling; }
  public void setCeiling(BigDecimal v) { ceiling = v; }
  public String getUnitCode() { return unitCode; }
  public void setUnitCode(String v) { unitCode = v; }
  public LocalDate getFirstDay() { return firstDay; }
  public void setFirstDay(LocalDate v) { firstDay = v; }
  public LocalDate getLastDay() { return lastDay; }
  public void setLastDay(LocalDate v) { lastDay = v; }
  public String getBasisOrder() { return basisOrder; }
  public void setBasisOrder(String v) { basisOrder = v; }
  public String getBasisMemo() { return basisMemo; }
  public void setBasisMemo(String v) { basisMemo = v; }
  public boolean isRedelegable() { return redelegable; }
  public void setRedelegable(boolean v) { redelegable = v; }
  public Long getParentId() { return parentId; }
  public void setParentId(Long v) { parentId = v; }
}
