package th.obec.esa.ict.web.api.organization;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import th.obec.esa.ict.organization.unit.ChartNode;
import th.obec.esa.ict.organization.unit.OrganizationService;
import th.obec.esa.ict.organization.unit.UnitView;

/** The office's units with their statutory duties, and the chart of who directs them. */
@Path("/units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class UnitResource {

  @EJB
  private OrganizationService organization;

  @GET
  @Operation(summary = "The units of the office",
      description = "The 9 units of the 2560 announcement, each with its statutory duties verbatim and its sub-units")
  @APIResponse(responseCode = "200", description = "The units in their printed order")
  public List<UnitView> units() {
    return organization.units();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One unit or sub-unit with its duties")
  @APIResponse(responseCode = "200", description = "The unit")
  @APIResponse(responseCode = "422", description = "No such unit")
  public UnitView unit(@PathParam("id") long id) {
    return organization.getUnit(id);
  }

  @GET
  @Path("/chart")
  @Operation(summary = "The organisation chart on a day",
      description = "Units, the acting director of each by the order in force, and their staff")
  @APIResponse(responseCode = "200", description = "The chart")
  public List<ChartNode> chart(@Parameter(description = "ISO date (C.E.), today when absent") @QueryParam("date") String date) {
    return organization.chart(Days.of(date));
  }
}
