package th.obec.esa.ict.forms.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pair of state and transition: the sixteen edges of the manual's flow lead where they should, all others are refused. */
class StateMachineTest {

  private static final Map<String, State> ALLOWED = Map.ofEntries(
      Map.entry("DRAFT SUBMIT", State.SUBMITTED),
      Map.entry("DRAFT WITHDRAW", State.WITHDRAWN),
      Map.entry("SUBMITTED REVIEW", State.REVIEWED),
      Map.entry("SUBMITTED REJECT", State.REJECTED),
      Map.entry("SUBMITTED WITHDRAW", State.WITHDRAWN),
      Map.entry("REVIEWED APPROVE", State.APPROVED),
      Map.entry("REVIEWED REJECT", State.REJECTED),
      Map.entry("REVIEWED WITHDRAW", State.WITHDRAWN),
      Map.entry("APPROVED ASSIGN", State.IN_PROGRESS),
      Map.entry("IN_PROGRESS ASSIGN", State.IN_PROGRESS),
      Map.entry("IN_PROGRESS COMPLETE", State.DONE),
      Map.entry("IN_PROGRESS RETURN", State.RETURNED),
      Map.entry("SUBMITTED SEND_BACK", State.CORRECTION),
      Map.entry("REVIEWED SEND_BACK", State.CORRECTION),
      Map.entry("CORRECTION SUBMIT", State.SUBMITTED),
      Map.entry("CORRECTION WITHDRAW", State.WITHDRAWN));

  static Stream<Arguments> allowed() {
    return ALLOWED.entrySet().stream().map(e -> {
      String[] p = e.getKey().split(" ");
      return Arguments.of(State.valueOf(p[0]), Transition.valueOf(p[1]), e.getValue());
    });
  }

  static Stream<Arguments> refused() {
    List<Arguments> out = new ArrayList<>();
    for (State s : State.values()) {
      for (Transition t : Transition.values()) {
        if (!ALLOWED.containsKey(s + " " + t)) {
          out.add(Arguments.of(s, t));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} --{1}--> {2}")
  @MethodSource("allowed")
  void anAllowedTransitionLeadsToItsState(State from, Transition t, State to) {
    assertTrue(StateMachine.allows(from, t));
    assertEquals(to, StateMachine.next(from, t));
    assertTrue(StateMachine.from(from).contains(t));
  }

  @ParameterizedTest(name = "{0} --{1}--> refused")
  @MethodSource("refused")
  void anyOtherTransitionIsRefusedWithItsKey(State from, Transition t) {
    assertFalse(StateMachine.allows(from, t));
    TransitionNotAllowedException e = assertThrows(TransitionNotAllowedException.class, () -> StateMachine.next(from, t));
    assertEquals("forms.transition.notAllowed", e.key());
    assertEquals(t.name(), e.args()[0]);
    assertEquals(from.name(), e.args()[1]);
  }

  @Test
  void everyPairIsCovered() {
    assertEquals(State.values().length * Transition.values().length, allowed().count() + refused().count());
    assertEquals(16, allowed().count());
  }

  @Test
  void closedRequestsGoNowhereAndWithdrawalStopsAtApproval() {
    for (State s : State.values()) {
      assertEquals(s.isFinal(), StateMachine.from(s).isEmpty(), s.name());
    }
    assertFalse(StateMachine.allows(State.APPROVED, Transition.WITHDRAW));
    assertFalse(StateMachine.allows(State.APPROVED, Transition.REJECT));
  }

  @Test
  void aRequestSentBackForCorrectionIsStillOpenAndNoApprovedOneGoesBack() {
    assertFalse(State.CORRECTION.isFinal());
    assertTrue(State.CORRECTION.isOpen(), "a loan sent back keeps its booking until withdrawn");
    assertFalse(StateMachine.allows(State.APPROVED, Transition.SEND_BACK));
    assertFalse(StateMachine.allows(State.CORRECTION, Transition.APPROVE));
  }
}
