package th.obec.esa.ict.web.api.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JSON-B refused the body (when it reaches us unwrapped): 400 naming the field. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

  @Context
  private HttpHeaders headers;

  @Context
  private UriInfo uri;

  @Context
  private jakarta.ws.rs.container.ResourceInfo resource;

  @Override
  public Response toResponse(JsonbException e) {
    String field = MalformedInput.field(e, resource);
    String key = field == null ? "api.body.malformed" : "api.body.fieldInvalid";
    ProblemLog.client(400, key, e);
    return Problem.response(400, key, new Object[] {field == null ? "" : field}, field, headers, uri);
  }
}
