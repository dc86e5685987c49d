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
import th.obec.esa.ict.organization.order.PersonView;
import th.obec.esa.ict.organization.staff.StaffService;
import th.obec.esa.ict.organization.staff.StaffSummary;

/** The staff directory and a person's page as JSON. */
@Path("/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class StaffResource {

  @EJB
  private StaffService staff;

  @GET
  @Operation(summary = "Search staff",
      description = "People whose Thai or English name or uid contains every word of q (a title such as นาง is "
          + "ignored), or whose position number is q (อ 34); everyone when q is absent")
  @APIResponse(responseCode = "200", description = "The people found")
  public List<StaffSummary> search(@Parameter(description = "e.g. ขวัญศิริ") @QueryParam("q") String q) {
    return staff.search(q);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "A person on a day",
      description = "Position, number, acting role, the numbered duty tree, stand-ins in order, whom they stand in "
          + "for, and the orders that listed them, by the order in force on the day")
  @APIResponse(responseCode = "200", description = "The person's page")
  @APIResponse(responseCode = "422", description = "No such person")
  public PersonView person(@PathParam("id") long id,
      @Parameter(description = "ISO date (C.E.), today when absent") @QueryParam("date") String date) {
    return staff.person(id, Days.of(date));
  }
}
