package th.obec.esa.ict.web.diagnostics;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import th.obec.esa.ict.platform.diagnostics.SqlStatements;

/**
 * Starts each request's SQL statement count; with diagnostics on, keeps a page's count for its
 * session. A page's statements run while it renders, after its headers have gone, so the count
 * cannot travel with the page itself: {@code /diagnostics/sql} shows it to the next request.
 */
@WebFilter(filterName = "SqlStatementsFilter", urlPatterns = "/*", asyncSupported = true)
public class SqlStatementsFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    SqlStatements.reset(Diagnostics.enabled());
    chain.doFilter(request, response);
    if (Diagnostics.enabled() && !request.isAsyncStarted()) {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if (isPage(path)) {
        HttpSession session = request.getSession(false);
        if (session != null) {
          try {
            session.setAttribute(LastPage.SESSION_KEY, new LastPage(path, SqlStatements.count(), SqlStatements.byQuery()));
          } catch (IllegalStateException invalidated) {
            // signed out by this request
          }
        }
      }
    }
  }

  static boolean isPage(String path) {
    return !path.startsWith("/api/") && !path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/diagnostics/")
        && !path.startsWith("/resources/") && !path.startsWith("/health") && !path.startsWith("/metrics");
  }
}
