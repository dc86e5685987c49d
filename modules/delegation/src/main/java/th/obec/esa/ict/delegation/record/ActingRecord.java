package th.obec.esa.ict.delegation.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import th.obec.esa.ict.delegation.api.AuthorityRequest;
import th.obec.esa.ict.delegation.api.Basis;
import th.obec.esa.ict.delegation.api.BasisKind;

/**
 * One use of a power on someone else's behalf, with the structured basis (order and duty, or
 * delegation) that the audit trail keeps only as text. Written, never changed.
 */
@Entity
@Table(name = "dlg_acting_record")
public class ActingRecord {

  public static final int BASIS = 500;

  @Id
  @SequenceGenerator(name = "dlg_acting_record_seq", sequenceName = "dlg_acting_record_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dlg_acting_record_seq")
  private Long id;

  @Column(name = "at_time", nullable = false)
  private OffsetDateTime at;

  @Column(name = "actor_uid", nullable = false, length = 64)
  private String actorUid;

  @Column(name = "acting_for_uid", length = 64)
  private String actingForUid;

  @Enumerated(EnumType.STRING)
  @Column(name = "basis_kind", nullable = false, length = 20)
  private BasisKind basisKind;

  @Column(name = "basis_text", nullable = false, length = BASIS)
  private String basisText;

  @Column(name = "order_number", length = 100)
  private String orderNumber;

  @Column(name = "duty_number", length = 20)
  private String dutyNumber;

  @Column(name = "delegation_id")
  private Long delegationId;

  @Column(name = "power_code", nullable = false, length = 40)
  private String powerCode;

  @Column(name = "unit_code", nullable = false, length = 40)
  private String unitCode;

  @Column(precision = 14, scale = 2)
  private BigDecimal amount;

  @Column(name = "subject_type", nullable = false, length = 50)
  private String subjectType;

  @Column(name = "subject_id", nullable = false, length = 100)
  private String subjectId;

  @Column(name = "third_party_absence", nullable = false)
  private boolean thirdPartyAbsence;

  protected ActingRecord() {}

  /**
   * @param thirdPartyAbsence the person acted for is away by an absence someone else recorded: the
   *     act is marked so that it can be reviewed ("not me / undo")
   */
  public ActingRecord(OffsetDateTime at, String actorUid, Basis basis, AuthorityRequest request,
      boolean thirdPartyAbsence) {
    this.thirdPartyAbsence = thirdPartyAbsence;
    this.at = at;
    this.actorUid = actorUid;
    this.actingForUid = basis.principalUid();
    this.basisKind = basis.kind();
    String text = basis.thaiText();
    this.basisText = text.length() <= BASIS ? text : text.substring(0, BASIS);
    this.orderNumber = basis.orderNumber();
    this.dutyNumber = basis.dutyNumber();
    this.delegationId = basis.delegationId();
    this.powerCode = request.power();
    this.unitCode = request.unitCode();
    this.amount = request.amount();
    this.subjectType = request.subjectType() == null ? "-" : request.subjectType();
    this.subjectId = request.subjectId() == null ? "-" : request.subjectId();
  }

  public boolean isThirdPartyAbsence() {
    return thirdPartyAbsence;
  }

  public Long getId() {
    return id;
  }

  public OffsetDateTime getAt() {
    return at;
  }

  public String getActorUid() {
    return actorUid;
  }

  public String getActingForUid() {
    return actingForUid;
  }

  public BasisKind getBasisKind() {
    return basisKind;
  }

  public String getBasisText() {
    return basisText;
  }

  public String getOrderNumber() {
    return orderNumber;
  }

  public String getDutyNumber() {
    return dutyNumber;
  }

  public Long getDelegationId() {
    return delegationId;
  }

  public String getPowerCode() {
    return powerCode;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public String getSubjectId() {
    return subjectId;
  }
}
