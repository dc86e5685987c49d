package th.obec.esa.ict.web.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * What JAX-RS itself refuses (no such path 404, wrong method 405, wrong media type 415, a query
 * parameter that does not convert 400, ...) and what a resource throws as a {@code
 * WebApplicationException}: the same status, as a problem.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context
  private HttpHeaders headers;

  @Context
  private UriInfo uri;

  @Context
  private jakarta.servlet.http.HttpServletRequest request;

  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    int status = original == null ? 500 : original.getStatus();
    String field = null;
    String name = e.getClass().getName();
    if (name.startsWith("org.glassfish.jersey.server.ParamException")) {
      // a query, path, form or header parameter that does not convert: the caller's mistake
      field = parameterName(e);
      status = name.endsWith("PathParamException") ? 404 : 400;
    }
    if (status < 400) {
      return original;
    }
    if (status == 400 && field == null && request != null && request.getContentLengthLong() <= 0
        && ("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()))) {
      ProblemLog.client(400, "api.body.missing", e);
      return Problem.response(400, "api.body.missing", new Object[0], null, headers, uri);
    }
    String key = switch (status) {
      case 400 -> field != null ? "api.parameter.invalid" : "api.badRequest";
      case 401 -> "api.unauthorized";
      case 403 -> "api.forbidden";
      case 404 -> "api.notFound";
      case 405 -> "api.methodNotAllowed";
      case 406 -> "api.notAcceptable";
      case 409 -> "api.conflict";
      case 413 -> "api.tooLarge";
      case 415 -> "api.unsupportedMediaType";
      default -> status >= 500 ? "api.fault" : "api.badRequest";
    };
    if (status >= 500) {
      ProblemLog.LOG.log(java.util.logging.Level.SEVERE, "API fault", e);
    } else {
      ProblemLog.client(status, key, e);
    }
    Response r = Problem.response(status, key, new Object[] {field == null ? "" : field}, field, headers, uri);
    if (original != null && original.getHeaderString("Allow") != null) {
      return Response.fromResponse(r).header("Allow", original.getHeaderString("Allow")).build();
    }
    return r;
  }

  private static String parameterName(WebApplicationException e) {
    try {
      Object n = e.getClass().getMethod("getParameterName").invoke(e);
      return n == null ? null : n.toString();
    } catch (ReflectiveOperationException | RuntimeException ignored) {
      return null;
    }
  }
}
