package th.obec.esa.ict.delegation.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;

/** A delegation of authority as stored, with names for display and whether it is in force at {@code asOf}. */
public record DelegationView(Long id, String delegatorUid, String delegatorName, DelegateKind delegateKind,
    String delegateRef, String delegateName, Set<String> powers, BigDecimal ceiling, String unitCode,
    OffsetDateTime from, OffsetDateTime until, String basisOrder, String basisMemo, boolean redelegable,
    Long parentId, OffsetDateTime revokedAt, String revokedBy, String revokeReason, boolean inForce,
    OffsetDateTime asOf) implements Serializable {}
