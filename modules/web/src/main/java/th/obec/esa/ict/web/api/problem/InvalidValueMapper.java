package th.obec.esa.ict.web.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A value that does not parse where the resource reads it ({@code YearMonth.parse("xx")}, an
 * unknown code, a number out of range): 400. Covers {@code DateTimeParseException} and {@code
 * NumberFormatException}.
 */
@Provider
public class InvalidValueMapper implements ExceptionMapper<IllegalArgumentException> {

  @Context
  private HttpHeaders headers;

  @Context
  private UriInfo uri;

  @Override
  public Response toResponse(IllegalArgumentException e) {
    ProblemLog.client(400, "api.input.invalid", e);
    return Problem.response(400, "api.input.invalid", new Object[0], null, headers, uri);
  }
}
