package th.obec.esa.ict.delegation.grant;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.TreeSet;
import th.obec.esa.ict.delegation.api.DelegateKind;
import th.obec.esa.ict.delegation.api.InvalidDelegationException;
import th.obec.esa.ict.delegation.api.NewDelegation;
import th.obec.esa.ict.delegation.rules.Grant;

/**
 * A delegation of authority. Never deleted and never changed after creation except by revocation,
 * so that what was allowed at any moment stays answerable.
 */
@Entity
@Table(name = "dlg_delegation")
// the powers of all the delegations read in one more query (IN), not one query each
@NamedQuery(name = "Delegation.findRelevant",
    query = "SELECT d FROM Delegation d WHERE d.until > :since ORDER BY d.id",
    hints = {@QueryHint(name = "eclipselink.batch", value = "d.powers"),
        @QueryHint(name = "eclipselink.batch.type", value = "IN")})
@NamedQuery(name = "Delegation.findAll", query = "SELECT d FROM Delegation d ORDER BY d.from DESC, d.id DESC",
    hints = {@QueryHint(name = "eclipselink.batch", value = "d.powers"),
        @QueryHint(name = "eclipselink.batch.type", value = "IN")})
public class Delegation {

  public static final int TEXT = 1000;

  @Id
  @SequenceGenerator(name = "dlg_delegation_seq", sequenceName = "dlg_delegation_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dlg_delegation_seq")
  private Long id;

  @Column(name = "delegator_uid", nullable = false, length = 64)
  private String delegatorUid;

  @Enumerated(EnumType.STRING)
  @Column(name = "delegate_kind", nullable = false, length = 10)
  private DelegateKind delegateKind;

  @Column(name = "delegate_ref", nullable = false, length = 64)
  private String delegateRef;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "dlg_delegation_power", joinColumns = @JoinColumn(name = "delegation_id"))
  @Column(name = "power_code", length = 40)
  private Set<String> powers = new TreeSet<>();

  @Column(name = "unit_code", nullable = false, length = 40)
  private String unitCode;

  @Column(precision = 14, scale = 2)
  private BigDecimal ceiling;

  @Column(name = "valid_from", nullable = false)
  private OffsetDateTime from;

  @Column(name = "valid_until", nullable = false)
  private OffsetDateTime until;

  @Column(name = "basis_order", length = 100)
  private String basisOrder;

  @Column(name = "basis_memo", length = TEXT)
  private String basisMemo;

  @Column(nullable = false)
  private boolean redelegable;

  @Column(name = "parent_id")
  private Long parentId;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  @Column(name = "revoked_by", length = 64)
  private String revokedBy;

  @Column(name = "revoke_reason", length = TEXT)
  private String revokeReason;

  @Column(name = "confirmed_at")
  private OffsetDateTime confirmedAt;

  @Column(name = "confirmed_by", length = 64)
  private String confirmedBy;

  @Column(name = "scan_name", length = 200)
  private String scanName;

  @Version
  private long version;

  protected Delegation() {}

  public Delegation(NewDelegation n, String createdBy, OffsetDateTime createdAt) {
    this.delegatorUid = n.delegatorUid();
    this.delegateKind = n.delegateKind();
    this.delegateRef = n.delegateRef().trim();
    this.powers = new TreeSet<>(n.powers());
    this.unitCode = n.unitCode().trim();
    this.ceiling = n.ceiling();
    this.from = n.from();
    this.until = n.until();
    this.basisOrder = blankToNull(n.basisOrder());
    this.basisMemo = blankToNull(n.basisMemo());
    this.redelegable = n.redelegable();
    this.parentId = n.parentId();
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** Confirmed at once: the delegator entered it themself. */
  public void confirm(String by, OffsetDateTime at) {
    this.confirmedAt = at;
    this.confirmedBy = by;
  }

  /** Notes the name of the attached scan of the signed order (the PDF itself is a {@link DelegationScan}). */
  void scanAttached(String name) {
    this.scanName = name;
  }

  public boolean isConfirmed() {
    return confirmedAt != null;
  }

  public OffsetDateTime getConfirmedAt() {
    return confirmedAt;
  }

  public String getConfirmedBy() {
    return confirmedBy;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public String getScanName() {
    return scanName;
  }


  /** Ends the delegation at {@code now}, for the reason given; from that moment it allows nothing. */
  public void revoke(String by, OffsetDateTime now, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidDelegationException("reason", "delegation.delegation.revoke.reasonRequired");
    }
    if (revokedAt != null) {
      throw new InvalidDelegationException(null, "delegation.delegation.revoke.already", id);
    }
    if (!now.isBefore(until)) {
      throw new InvalidDelegationException(null, "delegation.delegation.revoke.ended", id);
    }
    this.revokedAt = now;
    this.revokedBy = by;
    this.revokeReason = reason.trim();
  }

  public Grant toGrant() {
    return new Grant(id, delegatorUid, delegateKind, delegateRef, powers, ceiling, unitCode, from, until, basisOrder,
        basisMemo, redelegable, parentId, revokedAt, revokeReason, confirmedAt != null);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  public Long getId() {
    return id;
  }

  public String getDelegatorUid() {
    return delegatorUid;
  }

  public DelegateKind getDelegateKind() {
    return delegateKind;
  }

  public String getDelegateRef() {
    return delegateRef;
  }

  public Set<String> getPowers() {
    return Set.copyOf(powers);
  }

  public String getUnitCode() {
    return unitCode;
  }

  public BigDecimal getCeiling() {
    return ceiling;
  }

  public OffsetDateTime getFrom() {
    return from;
  }

  public OffsetDateTime getUntil() {
    return until;
  }

  public String getBasisOrder() {
    return basisOrder;
  }

  public String getBasisMemo() {
    return basisMemo;
  }

  public boolean isRedelegable() {
    return redelegable;
  }

  public Long getParentId() {
    return parentId;
  }

  public OffsetDateTime getRevokedAt() {
    return revokedAt;
  }

  public String getRevokedBy() {
    return revokedBy;
  }

  public String getRevokeReason() {
    return revokeReason;
  }
}
