package th.obec.esa.ict.web.api.forms;

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
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.obec.esa.ict.forms.api.PlanInput;
import th.obec.esa.ict.forms.api.PlanSheet;
import th.obec.esa.ict.forms.api.Plans;
import th.obec.esa.ict.web.api.ApiCaller;

/**
 * The work processes' yearly plans (issue 17). A plan is a submission of kind PLN: it is reviewed,
 * approved (actingFor as for any request), sent back or printed through {@code /api/forms/submissions/{id}/…}.
 */
@Path("/forms/plans")
@RequestScoped
@Tag(name = "plans", description = "Yearly plans of the work processes, approved by the area director")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

  @EJB
  private Plans plans;

  @Inject
  private ApiCaller caller;

  /** A plan as an ICT officer drafts it; {@code submit} false keeps a draft. */
  public record Create(Integer process, Integer fiscalYear, String subject, String body, List<Activity> activities,
      Boolean submit) {}

  /** An activity: dates ISO (2026-10-01), the responsible person's uid, budget in baht. */
  public record Activity(String title, LocalDate startsOn, LocalDate endsOn, String responsibleUid, BigDecimal budget) {}

  /** The progress of an activity. */
  public record Progress(Integer percent, String note) {}

  @POST
  @Operation(summary = "Draft a process's yearly plan and propose it",
      description = "By an ICT officer; it gets its letter number and waits for review, then for the area director's approval")
  @APIResponse(responseCode = "201", description = "The plan")
  @APIResponse(responseCode = "422", description = "A field refused it (process, fiscalYear, activities), with the message key")
  public Response create(Create body) {
    List<PlanInput.Activity> activities = body.activities() == null ? List.of() : body.activities().stream()
        .map(a -> a == null ? null : new PlanInput.Activity(a.title(), a.startsOn(), a.endsOn(), a.responsibleUid(),
            a.budget()))
        .toList();
    PlanSheet sheet = plans.propose(new PlanInput(body.process(), body.fiscalYear(), body.subject(), body.body(),
        activities), Boolean.FALSE.equals(body.submit()), caller.actor());
    return Response.created(URI.create("forms/plans/" + sheet.id())).entity(sheet).build();
  }

  @GET
  @Operation(summary = "The plans, newest first, of a process and/or a fiscal year (B.E.)")
  @APIResponse(responseCode = "200", description = "Plans with their activities and chain")
  public List<PlanSheet> list(@QueryParam("process") Integer process, @QueryParam("year") Integer year) {
    return plans.plans(process, year, caller.actor());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "A plan with its activities and its chain of review and approval (with the acting wording)")
  @APIResponse(responseCode = "200", description = "The plan")
  @APIResponse(responseCode = "404", description = "No such plan")
  public PlanSheet get(@PathParam("id") long id) {
    return plans.get(id, caller.actor());
  }

  @POST
  @Path("/{id}/activities/{no}/progress")
  @Operation(summary = "Record an approved plan's activity's progress", description = "By its responsible person or an ICT officer; percent 0-100")
  @APIResponse(responseCode = "200", description = "The plan")
  @APIResponse(responseCode = "422", description = "Not approved yet, or percent out of range")
  public PlanSheet progress(@PathParam("id") long id, @PathParam("no") int no, Progress body) {
    return plans.recordProgress(id, no, body == null ? null : body.percent(), body == null ? null : body.note(),
        caller.actor());
  }
}
