package th.obec.esa.ict.forms.workflow;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The flow of the manual: submitted → reviewed by the ICT unit → approved → carried out →
 * done or returned; rejection before approval; withdrawal by the requester before approval;
 * sent back for correction before approval, then corrected and submitted again.
 * Kept apart from persistence and permissions so that every edge is tested on its own.
 */
public final class StateMachine {

  private static final Map<State, Map<Transition, State>> EDGES = new EnumMap<>(State.class);

  static {
    edge(State.DRAFT, Transition.SUBMIT, State.SUBMITTED);
    edge(State.DRAFT, Transition.WITHDRAW, State.WITHDRAWN);
    edge(State.SUBMITTED, Transition.REVIEW, State.REVIEWED);
    edge(State.SUBMITTED, Transition.REJECT, State.REJECTED);
    edge(State.SUBMITTED, Transition.WITHDRAW, State.WITHDRAWN);
    edge(State.REVIEWED, Transition.APPROVE, State.APPROVED);
    edge(State.REVIEWED, Transition.REJECT, State.REJECTED);
    edge(State.REVIEWED, Transition.WITHDRAW, State.WITHDRAWN);
    edge(State.APPROVED, Transition.ASSIGN, State.IN_PROGRESS);
    edge(State.IN_PROGRESS, Transition.ASSIGN, State.IN_PROGRESS);
    edge(State.IN_PROGRESS, Transition.COMPLETE, State.DONE);
    edge(State.IN_PROGRESS, Transition.RETURN, State.RETURNED);
    edge(State.SUBMITTED, Transition.SEND_BACK, State.CORRECTION);
    edge(State.REVIEWED, Transition.SEND_BACK, State.CORRECTION);
    edge(State.CORRECTION, Transition.SUBMIT, State.SUBMITTED);
    edge(State.CORRECTION, Transition.WITHDRAW, State.WITHDRAWN);
  }

  private StateMachine() {}

  private static void edge(State from, Transition t, State to) {
    EDGES.computeIfAbsent(from, f -> new EnumMap<>(Transition.class)).put(t, to);
  }

  /**
   * @return the state the transition leads to
   * @throws TransitionNotAllowedException when it does not leave {@code from}
   */
  public static State next(State from, Transition transition) {
    State to = EDGES.getOrDefault(from, Map.of()).get(transition);
    if (to == null) {
      throw new TransitionNotAllowedException(from, transition);
    }
    return to;
  }

  public static boolean allows(State from, Transition transition) {
    return EDGES.getOrDefault(from, Map.of()).containsKey(transition);
  }

  /** The transitions that leave a state, for the buttons a page offers. */
  public static Set<Transition> from(State state) {
    Map<Transition, State> out = EDGES.get(state);
    return out == null ? Collections.unmodifiableSet(EnumSet.noneOf(Transition.class))
        : Collections.unmodifiableSet(EnumSet.copyOf(out.keySet()));
  }
}
