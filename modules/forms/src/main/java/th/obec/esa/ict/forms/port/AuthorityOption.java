package th.obec.esa.ict.forms.port;

/**
 * One way a person may exercise a power now: in their own right ({@code actingForUid} null,
 * kind OWN), or for someone else on a basis (an order and duty number, or a delegation).
 */
public record AuthorityOption(String actingForUid, String basis, BasisKind kind) {

  public static AuthorityOption own() {
    return new AuthorityOption(null, null, BasisKind.OWN);
  }

  /** Decided as the superior because nobody below may: the basis says whose decision it was. */
  public static AuthorityOption escalation(String basis) {
    return new AuthorityOption(null, basis, BasisKind.ESCALATION);
  }

  public boolean isEscalation() {
    return kind == BasisKind.ESCALATION;
  }

  public boolean isActing() {
    return actingForUid != null;
  }
}
