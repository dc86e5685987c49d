package th.obec.esa.ict.web.api.records;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.obec.esa.ict.organization.api.StandIns;
import th.obec.esa.ict.records.collection.CentralSystem;
import th.obec.esa.ict.records.collection.CollectionService;
import th.obec.esa.ict.records.collection.ImportMode;
import th.obec.esa.ict.records.collection.ImportReport;
import th.obec.esa.ict.records.collection.OverdueReturn;
import th.obec.esa.ict.records.collection.ReturnInput;
import th.obec.esa.ict.records.collection.ReturnView;
import th.obec.esa.ict.records.collection.RoundSummary;
import th.obec.esa.ict.records.collection.RoundView;
import th.obec.esa.ict.records.common.Signature;
import th.obec.esa.ict.records.improvement.ImprovementInput;
import th.obec.esa.ict.records.improvement.ImprovementService;
import th.obec.esa.ict.records.improvement.ImprovementView;
import th.obec.esa.ict.records.study.StudyInput;
import th.obec.esa.ict.records.study.StudyService;
import th.obec.esa.ict.records.study.StudyView;
import th.obec.esa.ict.web.api.ApiCaller;

/**
 * The records module over HTTP: F01 collection rounds and their returns, F13 studies with their F15
 * report, F16 improvements with their F17 report. The two report URLs are linked from the work
 * processes' pages and must keep their shape: /studies/{id}/report.pdf, /improvements/{id}/report.pdf.
 */
@Path("/records")
@RequestScoped
@Tag(name = "records", description = "F01 data collection rounds, F13/F15 studies, F16/F17 improvements")
public class RecordsResource {

  private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @EJB
  private CollectionService collection;

  @EJB
  private StudyService studies;

  @EJB
  private ImprovementService improvements;

  @EJB
  private th.obec.esa.ict.records.api.RecordPrints prints;

  @EJB
  private StandIns staff;

  @Inject
  private ApiCaller currentUser;

  // ---- F01 rounds

  @GET
  @Path("/rounds")
  @Produces(JSON)
  @Operation(summary = "The collection rounds with their counts, newest due first; of a fiscal year (B.E.) and system")
  @APIResponse(responseCode = "200", description = "The rounds")
  @APIResponse(responseCode = "403", description = "Staff without an ICT, director or auditor role")
  public List<RoundSummary> rounds(@QueryParam("fiscalYear") Integer fiscalYear,
      @QueryParam("system") CentralSystem system) {
    return collection.rounds(fiscalYear, system, currentUser.actor());
  }

  @POST
  @Path("/rounds")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(JSON)
  @Operation(summary = "Opens a round with its expected submitters (ICT officers)")
  @APIResponse(responseCode = "201", description = "The round")
  @APIResponse(responseCode = "422", description = "A refused field (system, dueDate, fiscalYear, code)")
  public Response createRound(NewRound body) {
    RoundView r = collection.create(body == null ? null : body.round(),
        body == null || body.submitters() == null ? List.of() : body.submitters(), currentUser.actor());
    return Response.status(Response.Status.CREATED).entity(r).build();
  }

  @GET
  @Path("/rounds/{id}")
  @Produces(JSON)
  @Operation(summary = "A round and every expected return with its state")
  @APIResponse(responseCode = "200", description = "The round")
  @APIResponse(responseCode = "422", description = "No such round")
  public RoundView round(@PathParam("id") long id) {
    return collection.round(id, currentUser.actor());
  }

  @POST
  @Path("/rounds/{id}/import")
  @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
  @Produces(JSON)
  @Operation(summary = "Imports expected schools (school_code,name[,submitted_at]) from CSV (UTF-8) or XLSX; "
      + "mode ALL_OR_NOTHING (default) or GOOD_ROWS_ONLY")
  @APIResponse(responseCode = "200", description = "Something was saved; the report lists every refused row")
  @APIResponse(responseCode = "422", description = "Nothing was saved: the report with every refused row, "
      + "or {key, message} when the file itself cannot be read")
  public Response importSubmitters(@PathParam("id") long id, @QueryParam("mode") ImportMode mode,
      @HeaderParam("Content-Type") String contentType, byte[] content) {
    String fileName = contentType != null && contentType.startsWith(XLSX) ? "import.xlsx" : "import.csv";
    ImportReport report = collection.importSubmitters(id, content, fileName, mode, currentUser.actor());
    return Response.status(report.saved() ? 200 : 422).type(JSON).entity(report).build();
  }

  @POST
  @Path("/returns/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(JSON)
  @Operation(summary = "Records that an expected return was sent (submittedAt empty = now)")
  @APIResponse(responseCode = "200", description = "The return with its state (SUBMITTED or LATE)")
  @APIResponse(responseCode = "422", description = "Already recorded, in the future or a negative count")
  public ReturnView recordReturn(@PathParam("id") long id, ReturnInput body) {
    return collection.recordReturn(id, body == null ? new ReturnInput(null, null, null, null) : body,
        currentUser.actor());
  }

  @DELETE
  @Path("/returns/{id}")
  @Produces(JSON)
  @Operation(summary = "Takes back a wrongly recorded return; the reason (query or plain-text body) is required")
  @APIResponse(responseCode = "200", description = "The return, waiting or overdue again")
  @APIResponse(responseCode = "422", description = "No reason, or not recorded")
  public ReturnView unrecordReturn(@PathParam("id") long id, @QueryParam("reason") String reason, String body) {
    String why = reason != null && !reason.isBlank() ? reason : body;
    return collection.unrecordReturn(id, why, currentUser.actor());
  }

  @GET
  @Path("/overdue")
  @Produces(JSON)
  @Operation(summary = "Every expected return past its due date and not sent, longest overdue first")
  @APIResponse(responseCode = "200", description = "The overdue returns")
  public List<OverdueReturn> overdue() {
    return collection.overdue(currentUser.actor());
  }

  // ---- F13 / F15 studies

  @GET
  @Path("/studies")
  @Produces(JSON)
  @Operation(summary = "The F13 studies, newest first; of a fiscal year (B.E.) or all")
  @APIResponse(responseCode = "200", description = "The studies")
  public List<StudyView> studies(@QueryParam("fiscalYear") Integer fiscalYear) {
    return studies.list(fiscalYear, currentUser.actor());
  }

  @POST
  @Path("/studies")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(JSON)
  @Operation(summary = "Records a study (ICT officers); numbered F13-<year>/<n>")
  @APIResponse(responseCode = "201", description = "The study")
  @APIResponse(responseCode = "422", description = "A refused field")
  public Response createStudy(StudyInput body) {
    return Response.status(Response.Status.CREATED).entity(studies.create(body, currentUser.actor())).build();
  }

  @GET
  @Path("/studies/{id}")
  @Produces(JSON)
  @Operation(summary = "A study")
  @APIResponse(responseCode = "200", description = "The study")
  @APIResponse(responseCode = "422", description = "No such study")
  public StudyView study(@PathParam("id") long id) {
    return studies.get(id, currentUser.actor());
  }

  @PUT
  @Path("/studies/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(JSON)
  @Operation(summary = "Corrects a study while its F15 is not issued")
  @APIResponse(responseCode = "200", description = "The study")
  @APIResponse(responseCode = "422", description = "Reported, or a refused field")
  public StudyView updateStudy(@PathParam("id") long id, StudyInput body) {
    return studies.update(id, body, currentUser.actor());
  }

  @POST
  @Path("/studies/{id}/report")
  @Produces(JSON)
  @Operation(summary = "Issues the F15, signed by the calling ICT officer (name and position from the directory)")
  @APIResponse(responseCode = "200", description = "The study, REPORTED")
  @APIResponse(responseCode = "422", description = "Findings or recommendations missing, or already reported")
  public StudyView issueStudy(@PathParam("id") long id) {
    return studies.issueReport(id, signer(), currentUser.actor());
  }

  @POST
  @Path("/studies/{id}/reopen")
  @Produces(JSON)
  @Operation(summary = "Takes back an issued F15 so the study can be corrected; reason required")
  @APIResponse(responseCode = "200", description = "The study, RECORDED again")
  @APIResponse(responseCode = "422", description = "No reason, or not reported")
  public StudyView reopenStudy(@PathParam("id") long id, @QueryParam("reason") String reason, String body) {
    return studies.reopen(id, reason != null && !reason.isBlank() ? reason : body, currentUser.actor());
  }

  @GET
  @Path("/studies/{id}/report.pdf")
  @Produces("application/pdf")
  @Operation(summary = "The F15 report as PDF (only once issued)")
  @APIResponse(responseCode = "200", description = "PDF")
  @APIResponse(responseCode = "422", description = "Not reported")
  public Response studyPdf(@PathParam("id") long id) {
    return pdf(studies.reportPdf(id, currentUser.actor()), "F15-" + id + ".pdf");
  }

  @GET
  @Path("/studies/{id}/record.pdf")
  @Produces("application/pdf")
  @Operation(summary = "The F13 record as PDF, as it stands (a draft too), with a line for the recorder to sign")
  @APIResponse(responseCode = "200", description = "PDF")
  @APIResponse(responseCode = "404", description = "No such study")
  public Response studyRecordPdf(@PathParam("id") long id) {
    return pdf(prints.studyRecordPdf(id, currentUser.actor()), "F13-" + id + ".pdf");
  }

  // ---- F16 / F17 improvements

  @GET
  @Path("/improvements")
  @Produces(JSON)
  @Operation(summary = "The F16 improvements, newest first; of a fiscal year (B.E.) or all")
  @APIResponse(responseCode = "200", description = "The improvements")
  public List<ImprovementView> improvements(@QueryParam("fiscalYear") Integer fiscalYear) {
    return improvements.list(fiscalYear, currentUser.actor());
  }

  @POST
  @Path("/improvements")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(JSON)
  @Operation(summary = "Records an improvement (ICT officers); numbered F16-<year>/<n>")
  @APIResponse(responseCode = "201", description = "The improvement")
  @APIResponse(responseCode = "422", description = "A refused field (title, targets, indicators...)")
  public Response createImprovement(ImprovementInput body) {
    return Response.status(Response.Status.CREATED).entity(improvements.create(body, currentUser.actor())).build();
  }

  @GET
  @Path("/improvements/{id}")
  @Produces(JSON)
  @Operation(summary = "An improvement with its indicators' change")
  @APIResponse(responseCode = "200", description = "The improvement")
  @APIResponse(responseCode = "422", description = "No such improvement")
  public ImprovementView improvement(@PathParam("id") long id) {
    return improvements.get(id, currentUser.actor());
  }

  @PUT
  @Path("/improvements/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(JSON)
  @Operation(summary = "Corrects an improvement while its F17 is not issued")
  @APIResponse(responseCode = "200", description = "The improvement")
  @APIResponse(responseCode = "422", description = "Reported, or a refused field")
  public ImprovementView updateImprovement(@PathParam("id") long id, ImprovementInput body) {
    return improvements.update(id, body, currentUser.actor());
  }

  @POST
  @Path("/improvements/{id}/report")
  @Produces(JSON)
  @Operation(summary = "Issues the F17, signed by the calling ICT officer")
  @APIResponse(responseCode = "200", description = "The improvement, REPORTED")
  @APIResponse(responseCode = "422", description = "Result, or indicators and qualitative outcome, missing")
  public ImprovementView issueImprovement(@PathParam("id") long id) {
    return improvements.issueReport(id, signer(), currentUser.actor());
  }

  @POST
  @Path("/improvements/{id}/reopen")
  @Produces(JSON)
  @Operation(summary = "Takes back an issued F17; reason required")
  @APIResponse(responseCode = "200", description = "The improvement, RECORDED again")
  @APIResponse(responseCode = "422", description = "No reason, or not reported")
  public ImprovementView reopenImprovement(@PathParam("id") long id, @QueryParam("reason") String reason,
      String body) {
    return improvements.reopen(id, reason != null && !reason.isBlank() ? reason : body, currentUser.actor());
  }

  @GET
  @Path("/improvements/{id}/report.pdf")
  @Produces("application/pdf")
  @Operation(summary = "The F17 report as PDF (only once issued)")
  @APIResponse(responseCode = "200", description = "PDF")
  @APIResponse(responseCode = "422", description = "Not reported")
  public Response improvementPdf(@PathParam("id") long id) {
    return pdf(improvements.reportPdf(id, currentUser.actor()), "F17-" + id + ".pdf");
  }

  @GET
  @Path("/improvements/{id}/record.pdf")
  @Produces("application/pdf")
  @Operation(summary = "The F16 record as PDF, as it stands (a draft too), with a line for the recorder to sign")
  @APIResponse(responseCode = "200", description = "PDF")
  @APIResponse(responseCode = "404", description = "No such improvement")
  public Response improvementRecordPdf(@PathParam("id") long id) {
    return pdf(prints.improvementRecordPdf(id, currentUser.actor()), "F16-" + id + ".pdf");
  }

  private Signature signer() {
    return th.obec.esa.ict.web.records.Signer.of(currentUser.getUid(), currentUser.person(), staff);
  }

  private static Response pdf(byte[] pdf, String fileName) {
    return Response.ok(pdf, "application/pdf").header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
        .build();
  }
}
