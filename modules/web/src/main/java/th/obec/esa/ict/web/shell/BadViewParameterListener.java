package th.obec.esa.ict.web.shell;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page opened (GET) with a view parameter that does not convert or is missing
 * ({@code order.xhtml?id=abc}) answers the 404 page: there is no such page to show, and the
 * page's load action would otherwise run without its id.
 */
public class BadViewParameterListener implements PhaseListener {

  private static final long serialVersionUID = 1L;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.PROCESS_VALIDATIONS;
  }

  @Override
  public void beforePhase(PhaseEvent event) {}

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext fc = event.getFacesContext();
    if (fc.isPostback() || !fc.isValidationFailed()) {
      return;
    }
    ClientErrors.LOG.fine(() -> "page client error 404 " + fc.getExternalContext().getRequestServletPath()
        + ": view parameter does not convert or is missing");
    try {
      fc.getExternalContext().responseSendError(404, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    fc.responseComplete();
  }
}
