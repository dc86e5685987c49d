package th.obec.esa.ict.web.api.problem;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * Asks for the API's JSON-B once, on the first request, before any request reads or writes JSON.
 *
 * <p>Payara 6.2025.10 wraps an application's own {@code ContextResolver<Jsonb>} ({@link
 * WholeNumbers}) in {@code org.glassfish.weld.JaxRSJsonContextResolver}, which instantiates it
 * lazily on its first use per type, adding to and clearing an unsynchronised list. Two requests
 * reading JSON of two types for the first time at once threw {@code ConcurrentModificationException}
 * there: the first POSTs after a start answered 500 (seen in the system tests with three classes
 * running at once: {@code POST api/forms/accounts}). After the first call the list is empty and the
 * race is gone, so the first requests wait here, one at a time, until that call is made; every
 * later request pays one volatile read.
 */
@Provider
@PreMatching
public class JsonbFirstUse implements ContainerRequestFilter {

  private static final Object LOCK = new Object();
  private static volatile boolean done;

  @Context
  private Providers providers;

  @Override
  public void filter(ContainerRequestContext request) {
    if (done) {
      return;
    }
    synchronized (LOCK) {
      if (!done) {
        ContextResolver<Jsonb> resolver = providers.getContextResolver(Jsonb.class, MediaType.APPLICATION_JSON_TYPE);
        if (resolver != null) {
          resolver.getContext(Object.class);
        }
        done = true;
      }
    }
  }
}
