package th.obec.esa.ict.web.api.assets;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import th.obec.esa.ict.web.assets.AssetLinks;
import th.obec.esa.ict.web.assets.QrCodes;

/** The asset register, read-only: the list with filters, one asset, its history and its label's QR code. */
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
