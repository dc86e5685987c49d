package th.obec.esa.ict.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import th.obec.esa.ict.core.directory.DirectoryService;
import th.obec.esa.ict.platform.security.Roles;

/** Who the caller is: for scripts and integrations checking their account. */
@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class MeResource {

  /** The caller: user id, Thai and English names, position, unit and application roles. */
  public record Me(String uid, String name, String nameEn, String title, String unit, Set<String> roles) {}

  @Inject
  private SecurityContext security;

  @EJB
  private DirectoryService directory;

  @GET
  @Operation(summary = "The signed-in caller", description = "User id, Thai display name and roles from the directory")
  @APIResponse(responseCode = "200", description = "The caller")
  @APIResponse(responseCode = "401", description = "No or wrong credentials")
  public Response me() {
    String uid = security.getCallerPrincipal().getName();
    Set<String> roles = new TreeSet<>();
    for (String r : Roles.ALL) {
      if (security.isCallerInRole(r)) {
        roles.add(r);
      }
    }
    return directory.find(uid)
        .map(p -> Response.ok(new Me(p.uid(), p.thaiName(), p.englishName(), p.title(), p.unit(), roles)).build())
        .orElseGet(() -> Response.ok(new Me(uid, uid, null, null, null, roles)).build());
  }
}
