package th.obec.esa.ict.delegation.api;

import java.io.Serializable;

/**
 * One person looked at while resolving who acts: in what role (the holder, a stand-in at some
 * depth of the chain, a delegate, the superior), whether they act or why not, and the clause or
 * delegation that brought them in ({@code via}).
 */
public record PathStep(int depth, String uid, String name, Role role, Status status, String detail, String via)
    implements Serializable {

  /** Why this person was looked at. */
  public enum Role { HOLDER, STAND_IN, DELEGATE, SUPERIOR }

  /**
   * What was found about them. {@code ACCOUNT_DISABLED}: their directory account is disabled or
   * removed (the directory sync marked them), so they cannot act and are passed over like an absent person.
   */
  public enum Status { ACTS, ABSENT, EXCLUDED, ALREADY_SEEN, VACANT, TOO_DEEP, ACCOUNT_DISABLED }
}
