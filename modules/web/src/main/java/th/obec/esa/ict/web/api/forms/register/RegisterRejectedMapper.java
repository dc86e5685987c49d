package th.obec.esa.ict.web.api.forms.register;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import th.obec.esa.ict.forms.register.RegisterRejectedException;
import th.obec.esa.ict.web.api.problem.Problem;
import th.obec.esa.ict.web.shell.Messages;

/** A rejected register import over REST: 422 problem with every rejected row (member {@code rows}), in the caller's language. */
@Provider
public class RegisterRejectedMapper implements ExceptionMapper<RegisterRejectedException> {

  /** One rejected row. */
  public record Row(int line, String column, String key, String message) {}

  @Context
  private HttpHeaders headers;

  @Context
  private jakarta.ws.rs.core.UriInfo uri;

  @Override
  public Response toResponse(RegisterRejectedException e) {
    Locale locale = Problem.locale(headers);
    List<Row> rows = e.errors().stream()
        .map(r -> new Row(r.line(), r.column(), r.key(), Messages.text(locale, r.key(), r.args().toArray()))).toList();
    return Problem.response(422, e.key(), e.args(), null, rows, headers, uri);
  }
}
