package th.obec.esa.ict.web.diagnostics;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import th.obec.esa.ict.platform.diagnostics.SqlStatements;

/** With diagnostics on, an API answer says how many SQL statements it took ({@code X-Sql-Statements}). */
@Provider
public class SqlStatementsHeader implements ContainerResponseFilter {

  static final String HEADER = "X-Sql-Statements";
  /** Which queries they were: {@code Submission.inStates=1; ReadObjectQuery Step=3}. */
  static final String QUERIES = "X-Sql-Queries";

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (Diagnostics.enabled()) {
      response.getHeaders().putSingle(HEADER, SqlStatements.count());
      response.getHeaders().putSingle(QUERIES, SqlStatements.byQuery().entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue()).collect(java.util.stream.Collectors.joining("; ")));
    }
  }
}
