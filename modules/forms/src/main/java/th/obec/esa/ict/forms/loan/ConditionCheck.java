package th.obec.esa.ict.forms.loan;

/** The state of borrowed equipment when it comes back; damaged equipment is marked broken in the register. */
public record ConditionCheck(boolean intact, String note) {

  public static ConditionCheck good() {
    return new ConditionCheck(true, null);
  }
}
