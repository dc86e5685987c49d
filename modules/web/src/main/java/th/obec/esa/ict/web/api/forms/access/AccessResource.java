package th.obec.esa.ict.web.api.forms.access;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.obec.esa.ict.forms.access.AccessRequest;
import th.obec.esa.ict.forms.access.AccessService;
import th.obec.esa.ict.forms.access.AccessView;
import th.obec.esa.ict.web.api.ApiCaller;

/** F14 access requests, the list of who has access to what, and the unit directors' review. */
@Path("/forms/access")
@RequestScoped
@Tag(name = "forms-access", description = "F14 access to information systems, the access list and its review")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class AccessResource {

  /** An approval: in one's own right, or acting for the person named. */
  public record Decision(String actingFor, String comment) {}

  /** A review decision: keep (confirm) or remove. */
  public record ReviewDecision(boolean keep) {}

  /** A revocation with its reason. */
  public record Revocation(String reason) {}

  @EJB
  private AccessService access;

  @Inject
  private ApiCaller currentUser;

  @POST
  @Operation(summary = "File an F14 for oneself", description = "system, role, from, until (ISO dates, both included), reason")
  @APIResponse(responseCode = "201", description = "The request")
  @APIResponse(responseCode = "422", description = "A field or rule refused it (message key and arguments)")
  public Response create(AccessRequest body) {
    AccessView v = access.request(body, currentUser.actor());
    return Response.created(URI.create("forms/access/" + v.submissionId())).entity(v).build();
  }

  @GET
  @Operation(summary = "The access list", description = "ICT unit, directors, auditors: everyone; unit directors: their units; others: their own")
  @APIResponse(responseCode = "200", description = "Requests and grants, active judged now")
  public List<AccessView> list(@QueryParam("active") @DefaultValue("false") boolean activeOnly) {
    return access.list(activeOnly, currentUser.actor());
  }

  @GET
  @Path("/review")
  @Operation(summary = "Grants in force in the units the caller heads: their periodic review")
  @APIResponse(responseCode = "200", description = "Grants to confirm or remove")
  public List<AccessView> toReview() {
    return access.toReview(currentUser.actor());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "An access request and its grant")
  @APIResponse(responseCode = "200", description = "The request")
  public AccessView get(@PathParam("id") long id) {
    return access.get(id, currentUser.actor());
  }

  @POST
  @Path("/{id}/approve")
  @Operation(summary = "Approve (APPROVE_ACCESS) and grant until the end of the last day")
  @APIResponse(responseCode = "200", description = "Granted")
  @APIResponse(responseCode = "403", description = "No authority, or the caller's own request")
  public AccessView approve(@PathParam("id") long id, Decision d) {
    return access.approve(id, d == null ? null : d.actingFor(), d == null ? null : d.comment(), currentUser.actor());
  }

  @POST
  @Path("/{id}/grant")
  @Operation(summary = "Grant a request approved without it (ICT officer)",
      description = "Every approval now grants the access; this is for F14s approved before, over the common REST approval")
  @APIResponse(responseCode = "200", description = "Granted")
  public AccessView grant(@PathParam("id") long id) {
    return access.grantApproved(id, currentUser.actor());
  }

  @POST
  @Path("/{id}/review")
  @Operation(summary = "The unit director keeps or removes the access")
  @APIResponse(responseCode = "200", description = "Confirmed or ended")
  @APIResponse(responseCode = "403", description = "The caller does not head the holder's unit")
  public AccessView review(@PathParam("id") long id, ReviewDecision d) {
    return access.review(id, d != null && d.keep(), currentUser.actor());
  }

  @POST
  @Path("/{id}/revoke")
  @Operation(summary = "The ICT unit ends the access early")
  @APIResponse(responseCode = "200", description = "Ended")
  public AccessView revoke(@PathParam("id") long id, Revocation r) {
    return access.revoke(id, r == null ? null : r.reason(), currentUser.actor());
  }
}
