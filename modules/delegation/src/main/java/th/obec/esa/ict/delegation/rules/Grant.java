package th.obec.esa.ict.delegation.rules;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;
import th.obec.esa.ict.delegation.api.DelegateKind;

/**
 * A delegation of authority as the rules see it (a snapshot of the stored row). The period is
 * half-open: in force from {@code from} (inclusive) until {@code until} (exclusive), and not from
 * the moment of revocation on.
 */
public record Grant(Long id, String delegatorUid, DelegateKind delegateKind, String delegateRef, Set<String> powers,
    BigDecimal ceiling, String unitCode, OffsetDateTime from, OffsetDateTime until, String basisOrder, String basisMemo,
    boolean redelegable, Long parentId, OffsetDateTime revokedAt, String revokeReason) implements Serializable {

  public Grant {
    powers = Set.copyOf(powers);
  }

  public boolean inForceAt(OffsetDateTime t) {
    return !t.isBefore(from) && t.isBefore(until) && (revokedAt == null || t.isBefore(revokedAt));
  }

  /** The order or memo the delegation rests on, as written. */
  public String reference() {
    if (basisOrder != null && !basisOrder.isBlank()) {
      return "คำสั่งที่ " + basisOrder;
    }
    return basisMemo;
  }
}
