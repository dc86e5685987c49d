package th.obec.esa.ict.forms.api;

/**
 * A seat on the committee that compares the offers (คณะกรรมการ), in the order Thai orders list
 * and sign them: the chair, the members, the member who is also secretary.
 */
public enum CommitteeRole {
  CHAIR("ประธานกรรมการ"),
  MEMBER("กรรมการ"),
  SECRETARY("กรรมการและเลขานุการ");

  private final String thai;

  CommitteeRole(String thai) {
    this.thai = thai;
  }

  public String thai() {
    return thai;
  }
}
