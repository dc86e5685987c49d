package th.obec.esa.ict.web.api.delegation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import th.obec.esa.ict.delegation.api.ActingOption;
import th.obec.esa.ict.delegation.api.ActingResolution;
import th.obec.esa.ict.delegation.api.Basis;
import th.obec.esa.ict.delegation.api.PathStep;
import th.obec.esa.ict.delegation.authority.ActingService;
import th.obec.esa.ict.web.api.ApiCaller;

/** Who may act for a power in a unit, now or at a moment, with the path that led there. */
@Path("/acting")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ActingResource {

  /** The answer: who acts, for whom, on what basis (Thai and English wording), and everyone looked at. */
  public record Answer(String power, String unit, OffsetDateTime at, String actorUid, String actorName,
      String actingForUid, String basisKind, String orderNumber, String dutyNumber, Long delegationId,
      String basisTh, String basisEn, boolean escalated, List<PathStep> path) {}

  /** Someone the caller may act for now. */
  public record Option(String principalUid, String principalName, String basisKind, Long delegationId, String basisTh,
      String basisEn, Set<String> powers, OffsetDateTime until) {}

  @EJB
  private ActingService acting;

  @Inject
  private ApiCaller currentUser;

  @GET
  @Operation(summary = "Who acts for a power in a unit",
      description = "The holder if present; else the first available stand-in of the order (through a chain); else a "
          + "delegate; else the superior (escalated). Carries the basis (order and duty, or delegation) and the path.")
  @APIResponse(responseCode = "200", description = "The answer; actorUid is null when nobody is available")
  @APIResponse(responseCode = "422", description = "Unknown power")
  public Answer who(@Parameter(description = "power code, e.g. APPROVE_ACCESS", required = true) @QueryParam("power") String power,
      @Parameter(description = "unit code, e.g. ICT", required = true) @QueryParam("unit") String unit,
      @Parameter(description = "2025-06-02 (noon) or an ISO date-time; default now") @QueryParam("at") String at,
      @Parameter(description = "people who may not decide (requester), comma-separated uids") @QueryParam("excluded") String excluded) {
    if (power == null || power.isBlank() || unit == null || unit.isBlank()) {
      throw new BadRequestException("power and unit are required");
    }
    Set<String> out = excluded == null || excluded.isBlank() ? Set.of() : Set.of(excluded.trim().split("\\s*,\\s*"));
    ActingResolution r = acting.resolve(power.trim(), unit.trim(), ApiTimes.parse(at, "at"), out);
    Basis b = r.basis();
    return new Answer(r.power(), r.unitCode(), r.at(), r.actorUid(), r.actorName(),
        b == null || !b.kind().isActingForAnother() ? null : b.principalUid(), b == null ? null : b.kind().name(),
        b == null ? null : b.orderNumber(), b == null ? null : b.dutyNumber(), b == null ? null : b.delegationId(),
        b == null ? null : b.thaiText(), b == null ? null : b.englishText(), r.escalated(), r.path());
  }

  @GET
  @Path("options")
  @Operation(summary = "Whom the caller may act for now", description = "Stand-in clauses whose holder is away, delegations in force")
  @APIResponse(responseCode = "200", description = "The options")
  public List<Option> options() {
    return acting.optionsFor(currentUser.getUid()).stream().map(ActingResource::option).toList();
  }

  private static Option option(ActingOption o) {
    return new Option(o.principalUid(), o.principalName(), o.basis().kind().name(), o.basis().delegationId(),
        o.basis().thaiText(), o.basis().englishText(), o.powers(), o.until());
  }
}
