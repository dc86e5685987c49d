package th.obec.esa.ict.web.api.organization;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import th.obec.esa.ict.organization.process.ProcessService;
import th.obec.esa.ict.organization.process.ProcessView;

/** The ICT group's work processes as the manual prints them. */
@Path("/processes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ProcessResource {

  @EJB
  private ProcessService processes;

  @GET
  @Operation(summary = "The 16 work processes",
      description = "Each with objectives, scope, definition, steps, the forms it uses and its references")
  @APIResponse(responseCode = "200", description = "The processes")
  public List<ProcessView> processes() {
    return processes.processes();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One work process")
  @APIResponse(responseCode = "200", description = "The process")
  @APIResponse(responseCode = "422", description = "No such process")
  public ProcessView process(@PathParam("id") long id) {
    return processes.getProcess(id);
  }
}
