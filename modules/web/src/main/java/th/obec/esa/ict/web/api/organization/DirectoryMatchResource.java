package th.obec.esa.ict.web.api.organization;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import th.obec.esa.ict.organization.api.DirectoryMatches;
import th.obec.esa.ict.organization.api.DirectoryMatching;
import th.obec.esa.ict.organization.api.MatchAccepted;
import th.obec.esa.ict.organization.api.SyncReport;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.web.api.ApiCaller;

/**
 * Directory matching (org-admin): the staff of the orders in force against the office's directory,
 * accepting matches, and the directory sync. Every change is audited by the organisation module.
 */
@Path("/directory")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class DirectoryMatchResource {

  /** {"staffId": 5, "uid": "k.kongchang"} */
  public record AcceptRequest(Long staffId, String uid) {}

  @EJB
  private DirectoryMatching matching;

  @Inject
  private ApiCaller currentUser;

  @GET
  @Path("/matches")
  @Operation(summary = "Staff of the orders in force against the directory",
      description = "matched (by uid), proposed (exact by Thai given + family name, title and spacing ignored), "
          + "ambiguous, unmatchedStaff, unmatchedAccounts, marked (account disabled or removed), the last sync runs; "
          + "directoryReachable false with directoryProblem when the directory cannot be read. org-admin only.")
  @APIResponse(responseCode = "200", description = "The comparison now")
  @APIResponse(responseCode = "403", description = "Not an organisation administrator")
  public DirectoryMatches matches() {
    return matching.matches(currentUser.actor());
  }

  @POST
  @Path("/matches/accept")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Accept one match",
      description = "{staffId, uid}: links the person to the directory account (which must exist and belong to no one "
          + "else); audited. Accepting the link the person has changes nothing (changed false).")
  @APIResponse(responseCode = "200", description = "Linked")
  @APIResponse(responseCode = "404", description = "No such person")
  @APIResponse(responseCode = "422", description = "No such account, taken by another person, or the directory is away")
  public MatchAccepted accept(AcceptRequest body) {
    if (body == null || body.staffId() == null) {
      throw new BusinessException(BusinessException.field("staffId"), "organization.directory.staffRequired");
    }
    return matching.accept(currentUser.actor(), body.staffId(), body.uid());
  }

  @POST
  @Path("/matches/accept-exact")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Accept every exact match by name", description = "Body {} . Each link is audited.")
  @APIResponse(responseCode = "200", description = "The links made")
  public List<MatchAccepted> acceptAllExact(Map<String, Object> body) {
    return matching.acceptAllExact(currentUser.actor());
  }

  @POST
  @Path("/sync")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Run the directory sync now",
      description = "Body {} . The same as the nightly run: marks people whose account is disabled or removed (and back), "
          + "idempotent, audited; outcome DONE, UNREACHABLE or REFUSED (the directory lists no account), in which two "
          + "cases nothing changes.")
  @APIResponse(responseCode = "200", description = "The run's report")
  public SyncReport sync(Map<String, Object> body) {
    return matching.sync(currentUser.actor());
  }
}
