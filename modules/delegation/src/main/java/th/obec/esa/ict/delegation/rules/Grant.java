package th.obec.esa.ict.delegation.rules;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;
import th.obec.esa.ict.delegation.api.DelegateKind;

/**
 * A delegation of authority as the rules see it (a snapshot of the stored row). The period is
 * half-open: in force from {@code from} (inclusive) until {@code until} (exclusive), and not from
 * the moment of revocation on. A delegation entered by someone other than its delegator is not
 * {@code confirmed} (four eyes) and allows nothing until the delegator, or a second administrator
 * who is neither the enterer nor the delegate, confirms it.
 */
public record Grant(Long id, String delegatorUid, DelegateKind delegateKind, String delegateRef, Set<String> powers,
    BigDecimal ceiling, String unitCode, OffsetDateTime from, OffsetDateTime until, String basisOrder, String basisMemo,
    boolean redelegable, Long parentId, OffsetDateTime revokedAt, String revokeReason, boolean confirmed)
    implements Serializable {

  public Grant {
    powers = Set.copyOf(powers);
  }

  /** A confirmed delegation (entered by its delegator, or stored before confirmation existed). */
  public Grant(Long id, String delegatorUid, DelegateKind delegateKind, String delegateRef, Set<String> powers,
      BigDecimal ceiling, String unitCode, OffsetDateTime from, OffsetDateTime until, String basisOrder, String basisMemo,
      boolean redelegable, Long parentId, OffsetDateTime revokedAt, String revokeReason) {
    this(id, delegatorUid, delegateKind, delegateRef, powers, ceiling, unitCode, from, until, basisOrder, basisMemo,
        redelegable, parentId, revokedAt, revokeReason, true);
  }

  /** In force: confirmed (four eyes), begun, not ended and not revoked at {@code t}. */
  public boolean inForceAt(OffsetDateTime t) {
    return confirmed && !t.isBefore(from) && t.isBefore(until) && (revokedAt == null || t.isBefore(revokedAt));
  }

  /** The order or memo the delegation rests on, as written. */
  public String reference() {
    if (basisOrder != null && !basisOrder.isBlank()) {
      return "คำสั่งที่ " + basisOrder;
    }
    return basisMemo;
  }
}
