package th.obec.esa.ict.web.api.forms.register;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import th.obec.esa.ict.forms.register.RegisterRejectedException;
import th.obec.esa.ict.platform.time.ThaiDates;
import th.obec.esa.ict.web.shell.Messages;

/** A rejected register import over REST: 422 with every rejected row, in the caller's language. */
@Provider
public class RegisterRejectedMapper implements ExceptionMapper<RegisterRejectedException> {

  /** One rejected row. */
  public record Row(int line, String column, String key, String message) {}

  /** The body: the summary and every row. */
  public record Rejection(String key, String message, List<Row> rows) {}

  @Context
  private HttpHeaders headers;

  @Override
  public Response toResponse(RegisterRejectedException e) {
    List<Locale> wanted = headers == null ? List.of() : headers.getAcceptableLanguages();
    Locale locale = wanted.stream().anyMatch(l -> "en".equals(l.getLanguage())) ? Locale.ENGLISH : ThaiDates.THAI;
    List<Row> rows = e.errors().stream()
        .map(r -> new Row(r.line(), r.column(), r.key(), Messages.text(locale, r.key(), r.args().toArray()))).toList();
    return Response.status(422).type(MediaType.APPLICATION_JSON + ";charset=UTF-8")
        .entity(new Rejection(e.key(), Messages.text(locale, e.key(), e.args()), rows)).build();
  }
}
