package th.obec.esa.ict.forms.submission;

import java.time.OffsetDateTime;
import th.obec.esa.ict.forms.port.BasisKind;
import th.obec.esa.ict.forms.workflow.State;
import th.obec.esa.ict.forms.workflow.Transition;

/**
 * A link of the chain of review and approval, as read by pages, REST and the memo; {@code actorActingRole}
 * is the acting role the order gave the signer that day, as printed.
 */
public record StepView(Transition action, State fromState, State toState, String actorUid, String actorName,
    String actorPosition, String actingForUid, String actingForName, String actingForTitle, String basis,
    BasisKind basisKind, OffsetDateTime at, String comment, String actorActingRole) {

  public StepView(Transition action, State fromState, State toState, String actorUid, String actorName,
      String actorPosition, String actingForUid, String actingForName, String actingForTitle, String basis,
      BasisKind basisKind, OffsetDateTime at, String comment) {
    this(action, fromState, toState, actorUid, actorName, actorPosition, actingForUid, actingForName, actingForTitle,
        basis, basisKind, at, comment, null);
  }

  public boolean isActing() {
    return actingForUid != null;
  }
}
