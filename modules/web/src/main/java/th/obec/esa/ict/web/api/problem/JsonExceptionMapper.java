package th.obec.esa.ict.web.api.problem;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JSON that does not parse at all: 400. */
@Provider
public class JsonExceptionMapper implements ExceptionMapper<JsonException> {

  @Context
  private HttpHeaders headers;

  @Context
  private UriInfo uri;

  @Override
  public Response toResponse(JsonException e) {
    ProblemLog.client(400, "api.body.malformed", e);
    return Problem.response(400, "api.body.malformed", new Object[] {""}, null, headers, uri);
  }
}
