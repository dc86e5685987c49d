package th.obec.esa.ict.web.api.delegation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import th.obec.esa.ict.delegation.absence.AbsenceService;
import th.obec.esa.ict.delegation.api.AbsenceView;
import th.obec.esa.ict.delegation.api.NewAbsence;
import th.obec.esa.ict.web.api.ApiCaller;

/** Absences: recorded by the person, anyone above them, or the organisation's data administrator. */
@Path("/absences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class AbsenceResource {

  @EJB
  private AbsenceService absences;

  @Inject
  private ApiCaller currentUser;

  @GET
  @Operation(summary = "Absences overlapping a period",
      description = "Every absence overlapping [from, to); without dates, the 31 days from today. Dates as 2025-06-02 "
          + "(start of day, Asia/Bangkok) or ISO date-times with offset.")
  @APIResponse(responseCode = "200", description = "The absences, earliest first")
  public List<AbsenceView> list(@Parameter(description = "start of the period") @QueryParam("from") String from,
      @Parameter(description = "end of the period (exclusive)") @QueryParam("to") String to,
      @Parameter(description = "only this person (directory uid)") @QueryParam("person") String person) {
    OffsetDateTime start = ApiTimes.startOf(from, "from");
    OffsetDateTime end = ApiTimes.startOf(to, "to");
    start = start == null ? OffsetDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS) : start;
    end = end == null ? start.plusDays(31) : end;
    return person == null || person.isBlank() ? absences.overlapping(start, end)
        : absences.overlappingFor(person.trim(), start, end);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record an absence",
      description = "{personUid, kind: LEAVE|OFFICIAL_TRAVEL|VACANCY|OTHER, from, until (exclusive), note}")
  @APIResponse(responseCode = "201", description = "Recorded")
  @APIResponse(responseCode = "422", description = "Refused: period, overlap, or not the person nor above them")
  public Response record(NewAbsence body) {
    AbsenceView saved = absences.record(currentUser.actor(), body);
    return Response.status(Response.Status.CREATED).entity(saved).build();
  }

  @POST
  @Path("{id}/end")
  @Operation(summary = "End an absence now (back now; not me / undo)",
      description = "By the person, anyone above them or an org-admin: it ends at this moment, or is withdrawn when it has not begun")
  @APIResponse(responseCode = "204", description = "Ended or withdrawn")
  @APIResponse(responseCode = "422", description = "Not the person nor above them")
  public Response end(@PathParam("id") Long id) {
    absences.end(currentUser.actor(), id);
    return Response.noContent().build();
  }
}
