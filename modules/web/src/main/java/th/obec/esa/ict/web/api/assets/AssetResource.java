package th.obec.esa.ict.web.api.assets;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import th.obec.esa.ict.assets.api.AssetEventView;
import th.obec.esa.ict.assets.api.AssetPage;
import th.obec.esa.ict.assets.api.AssetQuery;
import th.obec.esa.ict.assets.api.AssetStatus;
import th.obec.esa.ict.assets.api.AssetView;
import th.obec.esa.ict.assets.register.AssetService;
import th.obec.esa.ict.assets.register.NewAsset;
import th.obec.esa.ict.web.assets.AssetLinks;
import th.obec.esa.ict.web.assets.QrCodes;
import th.obec.esa.ict.web.api.ApiCaller;

/**
 * The asset register: the list with filters, one asset, its history and its label's QR code; an
 * ICT officer registers assets and changes their status (the service checks the role and the rules).
 */
@Path("/assets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class AssetResource {

  /** The largest page served over REST. */
  public static final int MAX_SIZE = 100;

  @EJB
  private AssetService assets;

  @Inject
  private AssetLinks links;

  @Inject
  private ApiCaller currentUser;

  /** A change of status: the new status and why (a reason or a request number). */
  public record StatusChange(AssetStatus status, String reason) {}

  @GET
  @Operation(summary = "List assets", description = "One page of the register in asset-number order, "
      + "filtered by text (number, serial, name, brand, model, location) and status, with the total")
  @APIResponse(responseCode = "200", description = "The page and the total")
  public AssetPage list(
      @Parameter(description = "Text to find, case-insensitive") @QueryParam("q") String q,
      @Parameter(description = "IN_USE, ON_LOAN, UNDER_REPAIR, BROKEN, AWAITING_DISPOSAL or DISPOSED")
      @QueryParam("status") AssetStatus status,
      @Parameter(description = "Page number, from 1") @QueryParam("page") @DefaultValue("1") int page,
      @Parameter(description = "Page size, 1-100") @QueryParam("size") @DefaultValue("20") int size) {
    int s = Math.max(1, Math.min(size, MAX_SIZE));
    int p = Math.max(1, page);
    return assets.search(new AssetQuery(q, status, null, null, null, null), (p - 1) * s, s);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register an asset", description = "ICT officers only. {assetNumber} as the office gave it, or "
      + "{fsnClass, group} for the next free running number of the acquisition's fiscal year; {details: name, category, "
      + "catalogItemId, brand, model, serialNo, acquiredOn (2025-06-02), price, budgetSource, procurementRef, "
      + "locationKind OFFICE_ROOM|SCHOOL, location, custodianStaffId, custodianUid}. The new asset is in use.")
  @APIResponse(responseCode = "201", description = "Registered; Location names the new asset")
  @APIResponse(responseCode = "403", description = "Not an ICT officer")
  @APIResponse(responseCode = "422", description = "A field or the number refused, with the message in Thai or English")
  public Response register(NewAsset body) {
    AssetView saved = assets.register(body, currentUser.actor());
    return Response.created(URI.create("assets/" + saved.id())).entity(saved).build();
  }

  @POST
  @Path("/{id}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change an asset's status", description = "ICT officers only; {status, reason}. Only the changes "
      + "the register allows (a disposed asset never comes back); the change goes into the history.")
  @APIResponse(responseCode = "200", description = "The asset with its new status")
  @APIResponse(responseCode = "403", description = "Not an ICT officer")
  @APIResponse(responseCode = "422", description = "The change is not allowed, with the reason in Thai or English")
  public AssetView changeStatus(@PathParam("id") long id, StatusChange body) {
    return assets.changeStatus(id, body == null ? null : body.status(), currentUser.actor(),
        body == null ? null : body.reason());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One asset", description = "With its status, custodian, location and book value")
  @APIResponse(responseCode = "200", description = "The asset")
  @APIResponse(responseCode = "404", description = "No such asset")
  public AssetView one(@PathParam("id") long id) {
    return assets.find(id).orElseThrow(NotFoundException::new);
  }

  @GET
  @Path("/{id}/history")
  @Operation(summary = "An asset's history", description = "Every change, oldest first: who, when, acting for whom, what")
  @APIResponse(responseCode = "200", description = "The history")
  @APIResponse(responseCode = "404", description = "No such asset")
  public List<AssetEventView> history(@PathParam("id") long id) {
    if (assets.find(id).isEmpty()) {
      throw new NotFoundException();
    }
    return assets.history(id);
  }

  @GET
  @Path("/{id}/qr.png")
  @Produces("image/png")
  @Operation(summary = "The QR code of an asset's label", description = "A PNG that opens the asset's page")
  @APIResponse(responseCode = "200", description = "The PNG")
  @APIResponse(responseCode = "404", description = "No such asset")
  public Response qr(@PathParam("id") long id) {
    if (assets.find(id).isEmpty()) {
      throw new NotFoundException();
    }
    return Response.ok(QrCodes.png(links.assetPage(id), QrCodes.LABEL_SIZE)).build();
  }
}
