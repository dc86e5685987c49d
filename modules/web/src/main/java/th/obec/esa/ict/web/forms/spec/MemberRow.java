package th.obec.esa.ict.web.forms.spec;

import java.io.Serializable;
import th.obec.esa.ict.forms.api.CommitteeMemberInput;
import th.obec.esa.ict.forms.api.CommitteeRole;

/** A seat on the F07's committee being entered: the person's directory uid and the role. */
public class MemberRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String uid;
  private CommitteeRole role;

  public MemberRow(CommitteeRole role) {
    this.role = role;
  }

  CommitteeMemberInput input() {
    return new CommitteeMemberInput(uid, role);
  }

  public String getUid() { return uid; }
  public void setUid(String uid) { this.uid = uid; }
  public CommitteeRole getRole() { return role; }
  public void setRole(CommitteeRole role) { this.role = role; }
}
