package th.obec.esa.ict.web.shell;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A page request that fails because of what the client sent (see {@link ClientErrors}) answers
 * the 404 page or a 400 page instead of the 500 page, and writes one FINE line instead of a SEVERE
 * stack trace: a scanner tampering with every field cannot flood the log or bury real faults.
 */
@WebFilter(urlPatterns = "*.xhtml", dispatcherTypes = DispatcherType.REQUEST)
public class ClientErrorFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      int status = ClientErrors.status(e);
      if (status == 0) {
        throw e;
      }
      ClientErrors.log(status, request.getRequestURI(), e);
      if (!response.isCommitted()) {
        // reset, not just the buffer: the failed rendering may have taken the output stream, and the
        // error page writes through the writer; the headers set before (security headers, the
        // session cookie) are put back
        java.util.Map<String, java.util.List<String>> kept = new java.util.LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
          if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
            kept.put(name, new java.util.ArrayList<>(response.getHeaders(name)));
          }
        }
        response.reset();
        kept.forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        response.setStatus(status);
        // the error page as a plain GET: forwarding the failed post itself would make the error page
        // a postback of another view (PrimeFaces' CSP check would refuse it a second time)
        request.getRequestDispatcher(status == 404 ? "/error/404.xhtml" : status == 403 ? "/error/403.xhtml"
            : "/error/400.xhtml").forward(new PlainGet(request), response);
      }
    }
  }

  /** The request without its method and parameters: what the error page is rendered from. */
  static final class PlainGet extends jakarta.servlet.http.HttpServletRequestWrapper {
    PlainGet(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public java.util.Map<String, String[]> getParameterMap() {
      return java.util.Map.of();
    }

    @Override
    public java.util.Enumeration<String> getParameterNames() {
      return java.util.Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }

    @Override
    public String getQueryString() {
      return null;
    }
  }
}
