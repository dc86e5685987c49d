package th.obec.esa.ict.web.api.evaluation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import th.obec.esa.ict.evaluation.answer.AnswerInput;
import th.obec.esa.ict.evaluation.answer.AnswerReceipt;
import th.obec.esa.ict.evaluation.answer.AnswerService;
import th.obec.esa.ict.evaluation.answer.OpenEvaluation;
import th.obec.esa.ict.evaluation.form.EvaluationInput;
import th.obec.esa.ict.evaluation.form.EvaluationService;
import th.obec.esa.ict.evaluation.form.EvaluationState;
import th.obec.esa.ict.evaluation.form.EvaluationSummary;
import th.obec.esa.ict.evaluation.form.EvaluationView;
import th.obec.esa.ict.evaluation.report.F12Report;
import th.obec.esa.ict.evaluation.report.ReportService;
import th.obec.esa.ict.web.api.ApiCaller;

/**
 * The rating-scale evaluations (F11, F18, F19, F20, F22): an ICT officer builds, opens and closes
 * one; anyone signed in answers once; the ICT group, directors and auditors read the F12.
 */
@Path("/evaluations")
@RequestScoped
@Tag(name = "evaluations", description = "Evaluations F11, F18-F20, F22, their answers and the F12 summary report")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class EvaluationResource {

  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @EJB
  private EvaluationService evaluations;

  @EJB
  private AnswerService answers;

  @EJB
  private ReportService reports;

  @EJB
  private th.obec.esa.ict.organization.api.StandIns staff;

  @Inject
  private ApiCaller currentUser;

  @GET
  @Operation(summary = "Every evaluation, or those in one state (DRAFT, OPEN, CLOSED)")
  @APIResponse(responseCode = "200", description = "Summaries with their respondents")
  @APIResponse(responseCode = "403", description = "Not an ICT officer, director or auditor")
  public List<EvaluationSummary> list(@QueryParam("state") EvaluationState state) {
    return evaluations.list(state, currentUser.actor());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Build an evaluation (a draft)", description = "ICT officers only")
  @APIResponse(responseCode = "201", description = "The draft")
  @APIResponse(responseCode = "422", description = "Refused; the key and field of the first problem")
  public Response create(EvaluationInput input) {
    EvaluationView v = evaluations.create(input, currentUser.actor());
    return Response.created(URI.create("evaluations/" + v.id())).entity(v).build();
  }

  @GET
  @Path("/open")
  @Operation(summary = "The evaluations open now, and whether the caller has answered each")
  @APIResponse(responseCode = "200", description = "Open evaluations")
  public List<OpenEvaluation> openForMe() {
    return answers.openFor(currentUser.actor());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One evaluation with its sections, items (with their ids) and open questions")
  @APIResponse(responseCode = "200", description = "The evaluation")
  @APIResponse(responseCode = "422", description = "No such evaluation, or a draft the caller may not see")
  public EvaluationView get(@PathParam("id") long id) {
    return evaluations.get(id, currentUser.actor());
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace a draft's contents (item ids change)")
  @APIResponse(responseCode = "200", description = "The draft")
  @APIResponse(responseCode = "422", description = "Not a draft, or a field refused")
  public EvaluationView update(@PathParam("id") long id, EvaluationInput input) {
    return evaluations.update(id, input, currentUser.actor());
  }

  @POST
  @Path("/{id}/open")
  @Operation(summary = "Open a draft for answers")
  @APIResponse(responseCode = "200", description = "Open")
  public EvaluationView open(@PathParam("id") long id) {
    return evaluations.open(id, currentUser.actor());
  }

  @POST
  @Path("/{id}/close")
  @Operation(summary = "Close an open evaluation: no more answers")
  @APIResponse(responseCode = "200", description = "Closed")
  public EvaluationView close(@PathParam("id") long id) {
    return evaluations.close(id, currentUser.actor());
  }

  @POST
  @Path("/{id}/copy")
  @Operation(summary = "A new draft with the same sections and questions, for another fiscal year")
  @APIResponse(responseCode = "200", description = "The new draft")
  public EvaluationView copy(@PathParam("id") long id, @QueryParam("fiscalYear") int fiscalYear) {
    return evaluations.copy(id, fiscalYear, currentUser.actor());
  }

  @POST
  @Path("/{id}/answers")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Answer as the signed-in person: group, ratings by item id (1-5), open answers by question id",
      description = "Once per person; refused when the evaluation is closed (evaluation.answer.closed)")
  @APIResponse(responseCode = "200", description = "Received")
  @APIResponse(responseCode = "422", description = "Closed, already answered, or an item left out (field item-<id>)")
  public AnswerReceipt answer(@PathParam("id") long id, AnswerInput input) {
    return answers.answer(id, input, currentUser.actor());
  }

  @GET
  @Path("/{id}/report")
  @Operation(summary = "The F12: per item and section n, mean, S.D. (sample, as STDEV), band; open answers grouped")
  @APIResponse(responseCode = "200", description = "The F12")
  @APIResponse(responseCode = "403", description = "Not an ICT officer, director or auditor")
  public F12Report report(@PathParam("id") long id) {
    return reports.f12(id, currentUser.actor());
  }

  @GET
  @Path("/{id}/report.pdf")
  @Produces("application/pdf")
  @Operation(summary = "The F12 as printed, with its chart; Thai digits unless thaiDigits=false")
  @APIResponse(responseCode = "200", description = "PDF")
  public Response reportPdf(@PathParam("id") long id, @QueryParam("thaiDigits") Boolean thaiDigits) {
    EvaluationView v = evaluations.get(id, currentUser.actor());
    return Response.ok(reports.f12Pdf(id, thaiDigits, th.obec.esa.ict.web.records.Signer.block(currentUser.getUid(), currentUser.person(), staff),
        currentUser.actor()),
        "application/pdf").header("Content-Disposition", "inline; filename=\"" + ReportService.fileName(v, "pdf") + "\"")
        .build();
  }

  @GET
  @Path("/{id}/report.xlsx")
  @Produces(XLSX)
  @Operation(summary = "The answers and the F12 as live spreadsheet formulas (AVERAGE, STDEV)")
  @APIResponse(responseCode = "200", description = "XLSX")
  public Response reportXlsx(@PathParam("id") long id) {
    EvaluationView v = evaluations.get(id, currentUser.actor());
    return Response.ok(reports.f12Xlsx(id, currentUser.actor()), XLSX)
        .header("Content-Disposition", "attachment; filename=\"" + ReportService.fileName(v, "xlsx") + "\"").build();
  }
}
