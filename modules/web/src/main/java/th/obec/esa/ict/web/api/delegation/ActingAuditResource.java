package th.obec.esa.ict.web.api.delegation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import th.obec.esa.ict.delegation.api.ActingRecordQuery;
import th.obec.esa.ict.delegation.api.ActingRecordView;
import th.obec.esa.ict.delegation.record.ActingRecordService;
import th.obec.esa.ict.web.api.ApiCaller;

/**
 * The record of everything done acting for someone: JSON, or CSV with {@code Accept: text/csv}.
 * Auditors, directors and organisation administrators read all of it; anyone else their own part.
 */
@Path("/audit")
@RequestScoped
public class ActingAuditResource {

  @EJB
  private ActingRecordService records;

  @Inject
  private ApiCaller currentUser;

  private static ActingRecordQuery query(String actor, String onBehalfOf, String from, String to) {
    return new ActingRecordQuery(actor, onBehalfOf, ApiTimes.startOf(from, "from"), ApiTimes.startOf(to, "to"));
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
  @Operation(summary = "Actions done acting for someone",
      description = "Filtered by the person acted for, the actor and the period [from, to) (dates: start of day, Asia/Bangkok); newest first; only the caller's own rows unless they audit, direct or administer")
  @APIResponse(responseCode = "200", description = "Each action with actor, person acted for, basis and subject")
  public List<ActingRecordView> json(@Parameter(description = "uid acted for") @QueryParam("onBehalfOf") String onBehalfOf,
      @Parameter(description = "uid who acted") @QueryParam("actor") String actor,
      @QueryParam("from") String from, @QueryParam("to") String to) {
    return records.search(query(actor, onBehalfOf, from, to), currentUser.actor());
  }

  @GET
  @Produces("text/csv;charset=UTF-8")
  @Operation(summary = "The same as CSV", description = "UTF-8 with a byte-order mark, one row per action")
  @APIResponse(responseCode = "200", description = "CSV")
  public Response csv(@QueryParam("onBehalfOf") String onBehalfOf, @QueryParam("actor") String actor,
      @QueryParam("from") String from, @QueryParam("to") String to) {
    return Response.ok(records.csv(query(actor, onBehalfOf, from, to), currentUser.actor()))
        .header("Content-Disposition", "attachment; filename=\"acting-record.csv\"").build();
  }
}
