package th.obec.esa.ict.web.diagnostics;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * {@code GET /diagnostics/sql}: the path and SQL statement count of the last page this session was
 * shown, as JSON ({@code {"path":"/","statements":7}}); 204 before any page; 404 with diagnostics off.
 */
@WebServlet(name = "SqlStatementsServlet", urlPatterns = "/diagnostics/sql")
public class SqlStatementsServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (!Diagnostics.enabled()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    HttpSession session = request.getSession(false);
    Object last = session == null ? null : session.getAttribute(LastPage.SESSION_KEY);
    response.setHeader("Cache-Control", "no-store");
    if (!(last instanceof LastPage page)) {
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      return;
    }
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(page.json());
  }
}
