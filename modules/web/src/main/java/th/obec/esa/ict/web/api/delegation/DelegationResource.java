package th.obec.esa.ict.web.api.delegation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import th.obec.esa.ict.delegation.api.DelegationView;
import th.obec.esa.ict.delegation.api.NewDelegation;
import th.obec.esa.ict.delegation.grant.DelegationService;
import th.obec.esa.ict.web.api.ApiCaller;

/** Delegations of authority: create, list, revoke with a reason. */
@Path("/delegations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class DelegationResource {

  /** Why a delegation is revoked. */
  public record Revocation(String reason) {}

  @EJB
  private DelegationService delegations;

  @Inject
  private ApiCaller currentUser;

  @GET
  @Operation(summary = "Delegations, newest first", description = "With inForce=true only those in force at `at` (default now)")
  @APIResponse(responseCode = "200", description = "The delegations, each with inForce at asOf")
  public List<DelegationView> list(@QueryParam("inForce") boolean inForce,
      @Parameter(description = "2025-06-02 or an ISO date-time") @QueryParam("at") String at) {
    return delegations.list(inForce, ApiTimes.parse(at, "at"));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a delegation",
      description = "{delegatorUid, delegateKind: PERSON|POSITION, delegateRef (uid or unit code), powers: [codes], ceiling, "
          + "unitCode, from, until (exclusive), basisOrder or basisMemo, redelegable, parentId}")
  @APIResponse(responseCode = "201", description = "Created; pending (not in force) when entered by someone other than the delegator")
  @APIResponse(responseCode = "422", description = "Refused: beyond the delegator's powers or ceiling, re-delegation not allowed…")
  public Response create(NewDelegation body) {
    return Response.status(Response.Status.CREATED).entity(delegations.create(currentUser.actor(), body)).build();
  }

  @PUT
  @Path("{id}/scan")
  @Consumes("application/pdf")
  @Operation(summary = "Attach the scan of the signed order (PDF) to a pending delegation")
  @APIResponse(responseCode = "200", description = "Attached")
  @APIResponse(responseCode = "422", description = "Not a PDF, too large, already confirmed, or not the enterer/delegator/administrator")
  public DelegationView attachScan(@PathParam("id") Long id, @HeaderParam("X-File-Name") String fileName, byte[] pdf) {
    return delegations.attachScan(currentUser.actor(), id, fileName, pdf);
  }

  @GET
  @Path("{id}/scan")
  @Produces("application/pdf")
  @Operation(summary = "The scan of the signed order")
  @APIResponse(responseCode = "200", description = "The PDF")
  @APIResponse(responseCode = "404", description = "No scan attached")
  public Response scan(@PathParam("id") Long id) {
    return delegations.scan(id).map(b -> Response.ok(b, "application/pdf").build())
        .orElse(Response.status(Response.Status.NOT_FOUND).build());
  }

  @POST
  @Path("{id}/confirm")
  @Operation(summary = "Confirm a pending delegation (four eyes)",
      description = "By the delegator, or an administrator who neither entered it nor receives it; the scan must be attached")
  @APIResponse(responseCode = "200", description = "Confirmed: in force within its period")
  @APIResponse(responseCode = "422", description = "The enterer, the delegate, no scan, already confirmed…")
  public DelegationView confirm(@PathParam("id") Long id) {
    return delegations.confirm(currentUser.actor(), id);
  }

  @POST
  @Path("{id}/revoke")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Revoke a delegation now", description = "{reason}; takes effect at once, also for re-delegations from it")
  @APIResponse(responseCode = "200", description = "Revoked")
  @APIResponse(responseCode = "422", description = "No reason, already revoked or ended, or not the delegator")
  public DelegationView revoke(@PathParam("id") Long id, Revocation body) {
    return delegations.revoke(currentUser.actor(), id, body == null ? null : body.reason());
  }
}
