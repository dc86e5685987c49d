package th.obec.esa.ict.web.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.DateTimeException;
import java.util.logging.Level;
import th.obec.esa.ict.platform.BusinessException;

/**
 * Everything else. An exception wrapped by the EJB container is unwrapped first: a refused rule
 * answers as the rule says, a concurrent change (optimistic lock) 409, a value that does not parse
 * 400; what remains is a real fault: 500 with no stack trace in the answer, logged SEVERE once.
 */
@Provider
public class FaultMapper implements ExceptionMapper<Throwable> {

  @Context
  private HttpHeaders headers;

  @Context
  private UriInfo uri;

  @Context
  private jakarta.ws.rs.container.ResourceInfo resource;

  @Override
  public Response toResponse(Throwable e) {
    Long max = MalformedInput.tooLarge(e);
    if (max != null) {
      ProblemLog.client(413, "api.tooLarge", e);
      return Problem.response(413, "api.tooLarge", new Object[] {max}, null, headers, uri);
    }
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof BusinessException b) {
        int status = BusinessExceptionMapper.statusOf(b);
        ProblemLog.client(status, b.key(), null);
        return Problem.response(status, b.key(), b.args(), b.field(), headers, uri);
      }
      String name = t.getClass().getName();
      if (name.endsWith(".OptimisticLockException")) {
        ProblemLog.client(409, "api.conflict", t);
        return Problem.response(409, "api.conflict", new Object[0], null, headers, uri);
      }
      if (t instanceof DateTimeException) {
        ProblemLog.client(400, "api.date.invalid", t);
        return Problem.response(400, "api.date.invalid", new Object[0], null, headers, uri);
      }
      if (t instanceof jakarta.json.bind.JsonbException || t instanceof jakarta.json.JsonException) {
        String field = MalformedInput.field(t, resource);
        String key = field == null ? "api.body.malformed" : "api.body.fieldInvalid";
        ProblemLog.client(400, key, t);
        return Problem.response(400, key, new Object[] {field == null ? "" : field}, field, headers, uri);
      }
    }
    ProblemLog.LOG.log(Level.SEVERE, "API fault on " + (uri == null ? "?" : uri.getPath()), e);
    return Problem.response(500, "api.fault", new Object[0], null, headers, uri);
  }
}
