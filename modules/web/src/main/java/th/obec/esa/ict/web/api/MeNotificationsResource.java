package th.obec.esa.ict.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import th.obec.esa.ict.notifications.api.MailChoice;
import th.obec.esa.ict.notifications.api.MailPreferences;

/** The caller's own choice of how they hear of things by mail (the page /notifications.xhtml). */
@Path("/me/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class MeNotificationsResource {

  /** What the caller may set. */
  public record Choice(Boolean immediateDecisions) {}

  @EJB
  private MailPreferences preferences;

  @Inject
  private ApiCaller caller;

  @GET
  @Operation(summary = "How the caller hears of things by mail",
      description = "immediateDecisions: decisions waiting for them and on their own requests mailed at once (else all"
          + " in the daily digest); mailOn: whether the office has an SMTP server configured; address: their"
          + " directory mail address or null")
  @APIResponse(responseCode = "200", description = "The caller's choice")
  public MailChoice get() {
    return preferences.of(caller.actor());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Choose immediate mail for decisions, or the daily digest only")
  @APIResponse(responseCode = "200", description = "The caller's choice as stored")
  @APIResponse(responseCode = "400", description = "immediateDecisions missing")
  public MailChoice put(Choice choice) {
    if (choice == null || choice.immediateDecisions() == null) {
      throw new BadRequestException("immediateDecisions is required");
    }
    return preferences.choose(caller.actor(), choice.immediateDecisions());
  }
}
