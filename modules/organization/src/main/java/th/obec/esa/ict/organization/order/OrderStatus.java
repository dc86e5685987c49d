package th.obec.esa.ict.organization.order;

/**
 * An order's life. A superseded or revoked order stays: its period (effective_from to
 * effective_to) still answers who held what then.
 */
public enum OrderStatus {
  DRAFT,
  IN_FORCE,
  SUPERSEDED,
  REVOKED
}
