package th.obec.esa.ict.web.api.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A bean-validation constraint refused an input: 400 naming the field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context
  private HttpHeaders headers;

  @Context
  private UriInfo uri;

  @Override
  public Response toResponse(ConstraintViolationException e) {
    String field = null;
    if (e.getConstraintViolations() != null) {
      for (ConstraintViolation<?> v : e.getConstraintViolations()) {
        for (Path.Node n : v.getPropertyPath()) {
          if (n.getName() != null) {
            field = n.getName();
          }
        }
        break;
      }
    }
    ProblemLog.client(400, "api.body.fieldInvalid", e);
    return Problem.response(400, "api.body.fieldInvalid", new Object[] {field == null ? "" : field}, field, headers, uri);
  }
}
