package th.obec.esa.ict.web.api.forms.summary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.obec.esa.ict.forms.summary.SummaryService;
import th.obec.esa.ict.forms.summary.WorkSummary;
import th.obec.esa.ict.web.api.ApiCaller;

/** The F10 summary of work, computed from the recorded forms. */
@Path("/forms/summary")
@RequestScoped
@Tag(name = "forms-summary", description = "F10 summary of work for a month or a fiscal year")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class SummaryResource {

  @EJB
  private SummaryService summaries;

  @Inject
  private ApiCaller currentUser;

  @GET
  @Operation(summary = "The summary of a month (month=2026-11) or a fiscal year in B.E. (fiscalYear=2569)")
  @APIResponse(responseCode = "200", description = "Accounts issued, access granted and ended, requests per form with their times")
  @APIResponse(responseCode = "400", description = "Neither or both given")
  public WorkSummary get(@QueryParam("month") String month, @QueryParam("fiscalYear") Integer fiscalYear) {
    if ((month == null) == (fiscalYear == null)) {
      throw new BadRequestException("give month or fiscalYear");
    }
    return month != null ? summaries.month(YearMonth.parse(month), currentUser.actor())
        : summaries.fiscalYear(fiscalYear, currentUser.actor());
  }
}
