package th.obec.esa.ict.web.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.security.AccessDeniedException;

/**
 * A refused action: 403 for a missing authority, 404 for an unknown id (a key ending in
 * {@code .notFound}), 409 for a state conflict (a transition the current state does not allow, a
 * concurrent change), 422 for any other broken rule.
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

  @Context
  private HttpHeaders headers;

  @Context
  private UriInfo uri;

  @Override
  public Response toResponse(BusinessException e) {
    int status = statusOf(e);
    ProblemLog.client(status, e.key(), null);
    return Problem.response(status, e.key(), e.args(), e.field(), headers, uri);
  }

  public static int statusOf(BusinessException e) {
    String key = e.key();
    if (e instanceof AccessDeniedException) {
      return 403;
    }
    if (key.endsWith(".notFound")) {
      return 404;
    }
    if (key.endsWith(".notAllowed") && key.contains(".transition.") || key.endsWith(".conflict")
        || key.endsWith(".changedMeanwhile") || key.endsWith(".concurrentChange")) {
      return 409;
    }
    return 422;
  }
}
