package th.obec.esa.ict.forms.workflow;

import th.obec.esa.ict.platform.BusinessException;

/** The transition does not leave the submission's current state. */
public class TransitionNotAllowedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public TransitionNotAllowedException(State from, Transition transition) {
    super("forms.transition.notAllowed", transition.name(), from.name());
  }
}
