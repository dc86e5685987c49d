package th.obec.esa.ict.web.api.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that cannot be read (malformed JSON, a wrong type, an unknown enum value): 400 naming the field. */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

  @Context
  private HttpHeaders headers;

  @Context
  private UriInfo uri;

  @Context
  private jakarta.ws.rs.container.ResourceInfo resource;

  @Override
  public Response toResponse(ProcessingException e) {
    Long max = MalformedInput.tooLarge(e);
    if (max != null) {
      ProblemLog.client(413, "api.tooLarge", e);
      return Problem.response(413, "api.tooLarge", new Object[] {max}, null, headers, uri);
    }
    String field = MalformedInput.field(e, resource);
    String key = field == null ? "api.body.malformed" : "api.body.fieldInvalid";
    ProblemLog.client(400, key, e);
    return Problem.response(400, key, new Object[] {field == null ? "" : field}, field, headers, uri);
  }
}
