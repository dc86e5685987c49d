package th.obec.esa.ict.forms.spec;

import th.obec.esa.ict.forms.api.CommitteeRole;
import th.obec.esa.ict.forms.api.CommitteeMemberInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The F07 committee's rules: who may sit, how many chairs and secretaries, the seat order. */
class CommitteeRulesTest {

  static CommitteeMemberInput seat(String uid, CommitteeRole role) {
    return new CommitteeMemberInput(uid, role);
  }

  @Test
  void seatsFollowTheOrdersCustomChairMembersAsGivenThenSecretary() {
    List<CommitteeMemberInput> seats = CommitteeRules.seats(List.of(seat("khwansiri", CommitteeRole.SECRETARY),
        seat("silpachai", CommitteeRole.MEMBER), seat(" nanphat ", CommitteeRole.CHAIR),
        seat("wiparat", CommitteeRole.MEMBER)), "somchai");
    assertEquals(List.of("nanphat", "silpachai", "wiparat", "khwansiri"),
        seats.stream().map(CommitteeMemberInput::uid).toList());
  }

  @Test
  void aChairAloneIsACommittee() {
    assertEquals(1, CommitteeRules.seats(List.of(seat("nanphat", CommitteeRole.CHAIR)), "somchai").size());
  }

  @Test
  void refusals() {
    assertEquals("forms.comparison.committeeRequired", key(List.of(), "somchai"));
    assertEquals("forms.comparison.committeeRequired", key(null, "somchai"));
    assertEquals("forms.comparison.oneChair", key(List.of(seat("a", CommitteeRole.MEMBER)), "somchai"));
    assertEquals("forms.comparison.oneChair",
        key(List.of(seat("a", CommitteeRole.CHAIR), seat("b", CommitteeRole.CHAIR)), "somchai"));
    assertEquals("forms.comparison.oneSecretary", key(List.of(seat("a", CommitteeRole.CHAIR),
        seat("b", CommitteeRole.SECRETARY), seat("c", CommitteeRole.SECRETARY)), "somchai"));
    assertEquals("forms.comparison.memberTwice",
        key(List.of(seat("a", CommitteeRole.CHAIR), seat("a ", CommitteeRole.MEMBER)), "somchai"));
    assertEquals("forms.comparison.memberRequired", key(List.of(seat(" ", CommitteeRole.CHAIR)), "somchai"));
    assertEquals("forms.comparison.roleRequired", key(List.of(seat("a", null)), "somchai"));
    assertEquals("forms.comparison.headOnCommittee",
        key(List.of(seat("somchai", CommitteeRole.CHAIR)), " somchai"), "he receives the committee's report");
  }

  private static String key(List<CommitteeMemberInput> committee, String head) {
    return assertThrows(SpecException.class, () -> CommitteeRules.seats(committee, head)).key();
  }
}
