package th.obec.esa.ict.web.api.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import th.obec.esa.ict.platform.time.ThaiDates;
import th.obec.esa.ict.web.shell.Messages;

/**
 * An RFC 9457 problem detail, the body of every error under {@code /api}: {@code type} (a URN
 * naming the message key), {@code title} (the status in words), {@code status}, {@code detail}
 * (the message in the caller's language: Thai unless {@code Accept-Language} asks for English),
 * {@code instance} (the path asked for), and the extension members {@code key} (the message key,
 * stable for programs), {@code field} (the input the message belongs to, when there is one) and
 * {@code rows} (per-row errors of an import); {@code message} repeats {@code detail} for the
 * clients written before the problem format (the API's first error body was {key, message, field}).
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "key", "field", "message", "rows"})
public record Problem(String type, String title, int status, String detail, String instance, String key,
    String field, String message, List<?> rows) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType TYPE = new MediaType("application", "problem+json", "UTF-8");

  /** The language of the caller: English when {@code Accept-Language} names it, else Thai. */
  public static Locale locale(HttpHeaders headers) {
    List<Locale> wanted;
    try {
      wanted = headers == null ? List.of() : headers.getAcceptableLanguages();
    } catch (RuntimeException e) {
      wanted = List.of(); // a malformed Accept-Language is no reason for a second error
    }
    for (Locale l : wanted) {
      if ("en".equals(l.getLanguage())) {
        return Locale.ENGLISH;
      }
      if ("th".equals(l.getLanguage())) {
        return ThaiDates.THAI;
      }
    }
    return ThaiDates.THAI;
  }

  /** The answer for a message key, its arguments and the field it belongs to. */
  public static Response response(int status, String key, Object[] args, String field, HttpHeaders headers,
      UriInfo uri) {
    return response(status, key, args, field, null, headers, uri);
  }

  public static Response response(int status, String key, Object[] args, String field, List<?> rows,
      HttpHeaders headers, UriInfo uri) {
    Locale locale = locale(headers);
    String detail = Messages.text(locale, key, args == null ? new Object[0] : args);
    String title = Messages.text(locale, "api.status." + status);
    if (title.startsWith("api.status.")) {
      Response.Status s = Response.Status.fromStatusCode(status);
      title = s == null ? String.valueOf(status) : s.getReasonPhrase();
    }
    String instance = uri == null ? null : "/api/" + uri.getPath().replaceFirst("^/", "");
    Problem p = new Problem("urn:ict:problem:" + key, title, status, detail, instance, key, field, detail, rows);
    return Response.status(status).type(TYPE).entity(p).build();
  }
}
