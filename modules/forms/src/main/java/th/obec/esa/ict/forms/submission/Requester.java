package th.obec.esa.ict.forms.submission;

/**
 * Who a request is by: a staff member (uid, with name and position from the organisation) or a
 * contact at a school (name, school and telephone; no uid).
 */
public record Requester(String uid, String name, String position, String school, String phone) {

  public static Requester staff(String uid, String name, String position) {
    return new Requester(uid, name, position, null, null);
  }

  public static Requester schoolContact(String name, String school, String phone) {
    return new Requester(null, name, null, school, phone);
  }
}
