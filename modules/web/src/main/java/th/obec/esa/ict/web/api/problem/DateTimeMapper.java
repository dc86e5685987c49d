package th.obec.esa.ict.web.api.problem;

import java.time.DateTimeException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A date or month that does not parse, or does not exist (2569-02-30): 400. */
@Provider
public class DateTimeMapper implements ExceptionMapper<DateTimeException> {

  @Context
  private HttpHeaders headers;

  @Context
  private UriInfo uri;

  @Override
  public Response toResponse(DateTimeException e) {
    ProblemLog.client(400, "api.date.invalid", e);
    return Problem.response(400, "api.date.invalid", new Object[0], null, headers, uri);
  }
}
