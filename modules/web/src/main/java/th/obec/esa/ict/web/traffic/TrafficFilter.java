package th.obec.esa.ict.web.traffic;

import jakarta.ejb.EJB;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.time.OffsetDateTime;
import th.obec.esa.ict.traffic.api.SessionHash;
import th.obec.esa.ict.traffic.api.TrafficEntry;
import th.obec.esa.ict.traffic.api.TrafficLog;

/**
 * Records every request the application answers as a line of traffic data (time, user, acting-for,
 * source address and port, service, URL, method, status, bytes, duration, session). The line is
 * built after the chain ran, so the user of a sign-in request and the final status are known,
 * and handed to {@link TrafficLog}, which only enqueues it: the page does not wait for storage.
 */
@WebFilter(filterName = "TrafficFilter", urlPatterns = "/*", asyncSupported = true)
public class TrafficFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The session attribute the shell keeps the uid of the person being acted for in. */
  public static final String ACTING_FOR = "ict.actingFor";

  @EJB
  private transient TrafficLog traffic;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    OffsetDateTime at = OffsetDateTime.now();
    long start = System.nanoTime();
    CountingResponse counted = new CountingResponse(response);
    boolean failed = true;
    try {
      chain.doFilter(request, counted);
      failed = false;
    } finally {
      if (request.isAsyncStarted()) {
        request.getAsyncContext().addListener(new Completion(at, start, counted));
      } else {
        record(request, counted, at, start, failed ? 500 : counted.getStatus());
      }
    }
  }

  private void record(HttpServletRequest request, CountingResponse response, OffsetDateTime at, long start, int status) {
    Principal user = request.getUserPrincipal();
    String url = request.getQueryString() == null ? request.getRequestURI()
        : request.getRequestURI() + "?" + request.getQueryString();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String service = path.equals("/api") || path.startsWith("/api/") ? "api" : "web";
    HttpSession session = request.getSession(false);
    String sessionId;
    String actingFor = null;
    try {
      sessionId = session != null ? session.getId() : request.getRequestedSessionId();
      if (session != null && session.getAttribute(ACTING_FOR) instanceof String a) {
        actingFor = a;
      }
    } catch (IllegalStateException invalidated) {
      sessionId = request.getRequestedSessionId();
    }
    traffic.request(TrafficEntry.request(at, user == null ? null : user.getName(), actingFor, request.getRemoteAddr(),
        request.getRemotePort(), service, request.getMethod(), url, status, response.bytes(),
        (System.nanoTime() - start) / 1_000_000, SessionHash.of(sessionId)));
  }

  /** Records an asynchronous request when it really ends. */
  private final class Completion implements AsyncListener {
    private final OffsetDateTime at;
    private final long start;
    private final CountingResponse response;

    Completion(OffsetDateTime at, long start, CountingResponse response) {
      this.at = at;
      this.start = start;
      this.response = response;
    }

    @Override
    public void onComplete(AsyncEvent event) {
      record((HttpServletRequest) event.getSuppliedRequest(), response, at, start, response.getStatus());
    }

    @Override
    public void onTimeout(AsyncEvent event) {
      // onComplete follows a timeout
    }

    @Override
    public void onError(AsyncEvent event) {
      // onComplete follows an error
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
      event.getAsyncContext().addListener(this);
    }
  }
}
