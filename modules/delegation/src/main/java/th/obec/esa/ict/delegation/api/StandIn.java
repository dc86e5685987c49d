package th.obec.esa.ict.delegation.api;

import java.io.Serializable;

/**
 * One stand-in clause of an order: {@code standInUid} acts for {@code holderUid} when the holder
 * is absent, as {@code rank} among the holder's stand-ins, by order {@code orderNumber} (as printed,
 * for example "275/2561"), clause {@code dutyNumber} (for example "1.10").
 */
public record StandIn(String holderUid, String standInUid, int rank, String orderNumber, String dutyNumber)
    implements Serializable {}
