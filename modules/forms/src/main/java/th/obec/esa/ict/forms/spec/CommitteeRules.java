package th.obec.esa.ict.forms.spec;

import th.obec.esa.ict.forms.api.CommitteeRole;
import th.obec.esa.ict.forms.api.CommitteeMemberInput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The committee of an F07 (pure rules): at least one person, exactly one chair, at most one
 * secretary, nobody twice, and the head of procurement (who forwards the committee's report to the
 * director, order 275/2561 duty 1.5) not on the committee that reports to him. Seats follow the
 * order a Thai order lists them: chair, members as given, secretary.
 */
public final class CommitteeRules {

  private CommitteeRules() {}

  /** The committee in seat order, or a {@link SpecException} naming what is wrong. */
  public static List<CommitteeMemberInput> seats(List<CommitteeMemberInput> committee, String procurementHeadUid) {
    List<CommitteeMemberInput> given = committee == null ? List.of() : committee;
    if (given.isEmpty()) {
      throw new SpecException("forms.comparison.committeeRequired");
    }
    Set<String> seen = new HashSet<>();
    int chairs = 0;
    int secretaries = 0;
    List<CommitteeMemberInput> clean = new ArrayList<>();
    for (CommitteeMemberInput m : given) {
      String uid = m == null || m.uid() == null ? null : m.uid().strip();
      if (uid == null || uid.isEmpty()) {
        throw new SpecException("forms.comparison.memberRequired", clean.size() + 1);
      }
      if (m.role() == null) {
        throw new SpecException("forms.comparison.roleRequired", uid);
      }
      if (!seen.add(uid)) {
        throw new SpecException("forms.comparison.memberTwice", uid);
      }
      if (uid.equals(procurementHeadUid == null ? null : procurementHeadUid.strip())) {
        throw new SpecException("forms.comparison.headOnCommittee", uid);
      }
      chairs += m.role() == CommitteeRole.CHAIR ? 1 : 0;
      secretaries += m.role() == CommitteeRole.SECRETARY ? 1 : 0;
      clean.add(new CommitteeMemberInput(uid, m.role()));
    }
    if (chairs != 1) {
      throw new SpecException("forms.comparison.oneChair", chairs);
    }
    if (secretaries > 1) {
      throw new SpecException("forms.comparison.oneSecretary", secretaries);
    }
    List<CommitteeMemberInput> ordered = new ArrayList<>(clean);
    ordered.sort(Comparator.comparingInt(m -> m.role().ordinal()));
    return ordered;
  }
}
