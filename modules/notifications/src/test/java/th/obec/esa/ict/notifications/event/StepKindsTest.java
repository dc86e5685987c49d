package th.obec.esa.ict.notifications.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.forms.api.SubmissionStepped;

/**
 * Which steps a requester hears of, and after which a request waits for someone: the two tests
 * that decide whether a step is kept for mail at all.
 */
class StepKindsTest {

  private static SubmissionStepped step(String transition, String state) {
    return new SubmissionStepped(1, "F03", "แบบคำขอซ่อม", "ศธ 04086/1", "จอเสีย", transition, state, "somchai",
        "somchai", "khwansiri", null);
  }

  @Test
  void eachStepOfTheFlow() {
    // transition → state after it, whether the requester hears of it, whether it leaves work for someone
    Map<String[], boolean[]> cases = new LinkedHashMap<>();
    cases.put(new String[] {"SUBMIT", "SUBMITTED"}, new boolean[] {false, true});
    cases.put(new String[] {"REVIEW", "REVIEWED"}, new boolean[] {false, true});
    cases.put(new String[] {"APPROVE", "APPROVED"}, new boolean[] {true, true});
    cases.put(new String[] {"REJECT", "REJECTED"}, new boolean[] {true, false});
    cases.put(new String[] {"SEND_BACK", "CORRECTION"}, new boolean[] {true, true});
    cases.put(new String[] {"ASSIGN", "IN_PROGRESS"}, new boolean[] {false, true});
    cases.put(new String[] {"COMPLETE", "DONE"}, new boolean[] {true, false});
    cases.put(new String[] {"RETURN", "RETURNED"}, new boolean[] {true, false});
    cases.put(new String[] {"WITHDRAW", "WITHDRAWN"}, new boolean[] {false, false});
    cases.forEach((k, v) -> {
      SubmissionStepped s = step(k[0], k[1]);
      assertEquals(v[0], s.decidesForRequester(), k[0]);
      assertEquals(v[1], s.leavesWork(), k[0]);
    });
  }
}
