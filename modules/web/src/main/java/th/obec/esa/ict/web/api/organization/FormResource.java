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
import th.obec.esa.ict.organization.process.FormView;
import th.obec.esa.ict.organization.process.ProcessService;

/** The catalogue of the manual's 22 forms and the processes using each. */
@Path("/forms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class FormResource {

  @EJB
  private ProcessService processes;

  @GET
  @Operation(summary = "The 22 forms (F01–F22)", description = "Code, Thai and English name, and the processes using each")
  @APIResponse(responseCode = "200", description = "The forms")
  public List<FormView> forms() {
    return processes.forms();
  }

  @GET
  @Path("/{code}")
  @Operation(summary = "One form by code, e.g. F08")
  @APIResponse(responseCode = "200", description = "The form")
  @APIResponse(responseCode = "422", description = "No such form")
  public FormView form(@PathParam("code") String code) {
    return processes.getForm(code);
  }
}
