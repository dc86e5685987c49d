package th.obec.esa.ict.web.shell;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;

/**
 * OmniFaces' ajax exception handler, told the client's mistakes from faults: a tampered ajax
 * request (a view state that cannot be restored, a converter refusing a forged value, …; see
 * {@link ClientErrors#status}) gets the 400/403/404 page and one FINE line, not the 500 page and a
 * SEVERE stack trace. Everything else is handled and logged as OmniFaces does.
 */
public class ClientErrorAjaxHandler extends FullAjaxExceptionHandler {

  public ClientErrorAjaxHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  protected String findErrorPageLocation(FacesContext context, Throwable exception) {
    int status = ClientErrors.status(exception);
    if (status != 0) {
      return status == 404 ? "/error/404.xhtml" : status == 403 ? "/error/403.xhtml" : "/error/400.xhtml";
    }
    return super.findErrorPageLocation(context, exception);
  }

  @Override
  protected void logException(FacesContext context, Throwable exception, String location, LogReason reason) {
    int status = ClientErrors.status(exception);
    if (status != 0) {
      Object request = context.getExternalContext().getRequest();
      ClientErrors.log(status, request instanceof HttpServletRequest r ? r.getRequestURI() : "", exception);
      return;
    }
    super.logException(context, exception, location, reason);
  }

  /** Registered in faces-config.xml instead of OmniFaces' own factory. */
  public static class Factory extends ExceptionHandlerFactory {
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new ClientErrorAjaxHandler(getWrapped().getExceptionHandler());
    }
  }
}
