package th.obec.esa.ict.web.api.audit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import th.obec.esa.ict.core.audit.AuditChain;
import th.obec.esa.ict.core.audit.AuditService;
import th.obec.esa.ict.web.api.ApiCaller;

/**
 * The audit trail's chain for auditors, {@code /api/audit-trail/verify}: the sibling of {@code /api/traffic/verify}
 * ({@code /api/audit} is the acting record). The service checks the role and records the verification.
 */
@Path("/audit-trail")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class AuditResource {

  @EJB
  private AuditService audit;

  @Inject
  private ApiCaller caller;

  @GET
  @Path("/verify")
  @Operation(summary = "Verify the audit trail's chain", description = "Walks every chained audit entry up to the "
      + "head and lists entries changed (CHANGED), deleted (MISSING), a removed end (HEAD_MISMATCH) and a head the "
      + "chain key did not sign (HEAD_UNSIGNED); firstBrokenSeq names the first broken link, beforeChain counts the "
      + "entries written before the chain began. Recorded in the audit trail.")
  @APIResponse(responseCode = "200", description = "The report; intact is true when nothing was found")
  @APIResponse(responseCode = "403", description = "The caller is not an auditor")
  public AuditChain.Report verify() {
    return audit.verify(caller.actor());
  }
}
