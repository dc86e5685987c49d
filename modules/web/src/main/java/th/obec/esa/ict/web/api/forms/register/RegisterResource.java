package th.obec.esa.ict.web.api.forms.register;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.obec.esa.ict.forms.register.RegisterImportResult;
import th.obec.esa.ict.forms.register.RegisterImportService;
import th.obec.esa.ict.web.api.ApiCaller;

/** Imports last year's paper register (CSV) as closed requests, all rows or none. */
@Path("/forms/register")
@RequestScoped
@Tag(name = "forms-register", description = "Importing the register of requests kept before the system")
public class RegisterResource {

  @EJB
  private RegisterImportService register;

  @Inject
  private ApiCaller currentUser;

  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
  @Operation(summary = "Import a register CSV (UTF-8): form, number, filed_on, requester, subject, outcome, closed_on, …",
      description = "ICT officers only. A file with any rejected row saves nothing; the answer lists every rejected row.")
  @APIResponse(responseCode = "200", description = "Imported: how many, per form, first and last filing day")
  @APIResponse(responseCode = "422", description = "Rejected rows ({line, column, key, message} each), or an unreadable file")
  @APIResponse(responseCode = "403", description = "Not an ICT officer")
  public RegisterImportResult importCsv(byte[] csv) {
    return register.importCsv(csv, currentUser.actor());
  }
}
