package th.obec.esa.ict.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import th.obec.esa.ict.platform.time.ThaiDates;
import th.obec.esa.ict.web.shell.Messages;

/**
 * Problem answers ({@code application/problem+json}, the API's one error format) written before
 * JAX-RS is reached: by the sign-in (401, 429) and the filter (403, 413).
 */
final class ApiAnswers {

  private ApiAnswers() {}

  static void problem(HttpServletRequest request, HttpServletResponse response, int status, String key,
      String field, Object... args) throws IOException {
    Locale locale = locale(request);
    String title = Messages.text(locale, "api.status." + status);
    String detail = Messages.text(locale, key, args);
    StringBuilder json = new StringBuilder("{\"type\":").append(q("urn:ict:problem:" + key))
        .append(",\"title\":").append(q(title))
        .append(",\"status\":").append(status)
        .append(",\"detail\":").append(q(detail))
        .append(",\"instance\":").append(q(request.getRequestURI()))
        .append(",\"key\":").append(q(key));
    if (field != null) {
      json.append(",\"field\":").append(q(field));
    }
    json.append(",\"message\":").append(q(detail)).append('}');
    response.setStatus(status);
    response.setContentType("application/problem+json;charset=UTF-8");
    response.getWriter().write(json.toString());
    response.flushBuffer();
  }

  static Locale locale(HttpServletRequest request) {
    String al = request.getHeader("Accept-Language");
    if (al != null) {
      for (String part : al.split(",")) {
        String tag = part.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (tag.startsWith("en")) {
          return Locale.ENGLISH;
        }
        if (tag.startsWith("th")) {
          return ThaiDates.THAI;
        }
      }
    }
    return ThaiDates.THAI;
  }

  private static String q(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
