package th.obec.esa.ict.delegation.api;

/** The codes of the named powers seeded in {@code V3_2__delegation_powers.sql}; the catalogue table may hold more. */
public final class Powers {

  public static final String APPROVE_USE_REQUEST = "APPROVE_USE_REQUEST";
  public static final String APPROVE_REPAIR = "APPROVE_REPAIR";
  public static final String APPROVE_LOAN = "APPROVE_LOAN";
  public static final String APPROVE_ACTION = "APPROVE_ACTION";
  public static final String APPROVE_SPEC = "APPROVE_SPEC";
  public static final String APPROVE_ACCOUNT = "APPROVE_ACCOUNT";
  public static final String APPROVE_ACCESS = "APPROVE_ACCESS";
  public static final String SIGN_REPORT = "SIGN_REPORT";
  /** A work process's yearly plan (issue 17, {@code V15_4}): the area director's. */
  public static final String APPROVE_PLAN = "APPROVE_PLAN";

  private Powers() {}
}
