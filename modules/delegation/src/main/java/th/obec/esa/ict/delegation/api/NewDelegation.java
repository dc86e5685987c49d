package th.obec.esa.ict.delegation.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A delegation to create: {@code delegatorUid} gives {@code powers} in {@code unitCode} (and the
 * units under it), up to {@code ceiling} (null: no ceiling of its own), to a person or a position,
 * for [{@code from}, {@code until}), on an order ({@code basisOrder}, e.g. "312/2568") or a memo;
 * {@code parentId} when re-delegating a delegation received.
 */
public record NewDelegation(String delegatorUid, DelegateKind delegateKind, String delegateRef, Set<String> powers,
    BigDecimal ceiling, String unitCode, OffsetDateTime from, OffsetDateTime until, String basisOrder,
    String basisMemo, boolean redelegable, Long parentId) implements Serializable {

  public NewDelegation {
    powers = powers == null ? Set.of() : Set.copyOf(powers);
  }
}
