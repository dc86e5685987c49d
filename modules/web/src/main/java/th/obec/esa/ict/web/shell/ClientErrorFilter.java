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
        response.resetBuffer();
        response.sendError(status);
      }
    }
  }
}
