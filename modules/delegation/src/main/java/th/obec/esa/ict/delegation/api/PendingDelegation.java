package th.obec.esa.ict.delegation.api;

import java.io.Serializable;

/**
 * A delegation waiting for its second person, as one person sees it: whether the rule lets them
 * confirm it (once the scan is attached) and whether they may attach the signed order's scan.
 */
public record PendingDelegation(DelegationView delegation, boolean mayConfirm, boolean mayAttach)
    implements Serializable {}
