package th.obec.esa.ict.web.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.security.AccessDeniedException;
import th.obec.esa.ict.platform.time.ThaiDates;
import th.obec.esa.ict.web.shell.Messages;

/**
 * A refused action over REST: 403 for a missing authority, 422 for a broken rule; the message in
 * the caller's language (Accept-Language: Thai unless English is asked for) and its key.
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

  /** The body of a refusal. */
  public record Problem(String key, String message, String field) {}

  @Context
  private HttpHeaders headers;

  @Override
  public Response toResponse(BusinessException e) {
    List<Locale> wanted = headers == null ? List.of() : headers.getAcceptableLanguages();
    Locale locale = wanted.stream().anyMatch(l -> "en".equals(l.getLanguage())) ? Locale.ENGLISH : ThaiDates.THAI;
    int status = e instanceof AccessDeniedException ? 403 : 422;
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON + ";charset=UTF-8")
        .entity(new Problem(e.key(), Messages.text(locale, e.key(), e.args()), e.field()))
        .build();
  }
}
