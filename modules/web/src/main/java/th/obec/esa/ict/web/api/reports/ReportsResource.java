package th.obec.esa.ict.web.api.reports;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
import th.obec.esa.ict.reports.process.ProcessCases;
import th.obec.esa.ict.reports.process.ProcessCasesService;
import th.obec.esa.ict.reports.process.ProcessOverview;
import th.obec.esa.ict.reports.year.YearReport;
import th.obec.esa.ict.reports.year.YearReportService;
import th.obec.esa.ict.web.api.ApiCaller;

/** The F21 yearly report (JSON, PDF, XLSX) and the work processes' live cases. */
@Path("/reports")
@RequestScoped
@Tag(name = "reports", description = "F21 yearly report and the 16 work processes' live cases")
public class ReportsResource {

  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @EJB
  private YearReportService years;

  @EJB
  private ProcessCasesService processes;

  @Inject
  private ApiCaller currentUser;

  @GET
  @Path("/yearly/{year}")
  @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
  @Operation(summary = "The F21 figures of a fiscal year (B.E.), computed from the recorded forms, evaluations and records")
  @APIResponse(responseCode = "200", description = "Every section's figures and the generated sentences")
  @APIResponse(responseCode = "422", description = "A year before 2560 or in the future (field year)")
  @APIResponse(responseCode = "403", description = "Not an ICT officer, director or auditor")
  public YearReport yearly(@PathParam("year") int year) {
    return years.report(year, currentUser.actor());
  }

  @GET
  @Path("/yearly/{year}/pdf")
  @Produces("application/pdf")
  @Operation(summary = "The F21 as the office submits it, with charts; Thai digits unless thaiDigits=false")
  @APIResponse(responseCode = "200", description = "PDF")
  public Response yearlyPdf(@PathParam("year") int year, @QueryParam("thaiDigits") Boolean thaiDigits) {
    return Response.ok(years.pdf(year, thaiDigits, null, null, currentUser.actor()), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"" + YearReportService.fileName(year, "pdf") + "\"").build();
  }

  @GET
  @Path("/yearly/{year}/xlsx")
  @Produces(XLSX)
  @Operation(summary = "The same figures as a workbook, one sheet per section")
  @APIResponse(responseCode = "200", description = "XLSX")
  public Response yearlyXlsx(@PathParam("year") int year) {
    return Response.ok(years.xlsx(year, currentUser.actor()), XLSX)
        .header("Content-Disposition", "attachment; filename=\"" + YearReportService.fileName(year, "xlsx") + "\"")
        .build();
  }

  @GET
  @Path("/processes")
  @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
  @Operation(summary = "The 16 work processes, each with its case counts by state and newest cases")
  @APIResponse(responseCode = "200", description = "In process order")
  public List<ProcessOverview> processes() {
    return processes.overview(currentUser.actor());
  }

  @GET
  @Path("/processes/{number}")
  @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
  @Operation(summary = "One work process's live cases, newest first, and the reports that apply")
  @APIResponse(responseCode = "200", description = "The cases")
  @APIResponse(responseCode = "422", description = "No such process number")
  public ProcessCases process(@PathParam("number") int number) {
    return processes.process(number, currentUser.actor());
  }
}
