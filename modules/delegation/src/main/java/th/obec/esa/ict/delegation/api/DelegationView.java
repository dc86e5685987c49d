package th.obec.esa.ict.delegation.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A delegation of authority as stored, with names for display and whether it is in force at {@code asOf}.
 * {@code pending}: entered by {@code enteredBy} for the delegator and not yet confirmed by a second
 * person (it allows nothing until then); {@code hasScan}: the signed order's scan is attached.
 */
public record DelegationView(Long id, String delegatorUid, String delegatorName, DelegateKind delegateKind,
    String delegateRef, String delegateName, Set<String> powers, BigDecimal ceiling, String unitCode,
    OffsetDateTime from, OffsetDateTime until, String basisOrder, String basisMemo, boolean redelegable,
    Long parentId, OffsetDateTime revokedAt, String revokedBy, String revokeReason, boolean inForce,
    OffsetDateTime asOf, boolean pending, String enteredBy, String confirmedBy, OffsetDateTime confirmedAt,
    boolean hasScan) implements Serializable {}
