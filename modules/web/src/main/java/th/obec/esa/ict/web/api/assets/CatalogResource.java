package th.obec.esa.ict.web.api.assets;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
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
import th.obec.esa.ict.assets.api.CatalogItemView;
import th.obec.esa.ict.assets.api.EditionView;
import th.obec.esa.ict.assets.catalog.CatalogService;
import th.obec.esa.ict.assets.catalog.PricePoint;

/** The reference-price catalogue: editions, and items found by Thai or English text. */
@Path("/catalog")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class CatalogResource {

  @EJB
  private CatalogService catalog;

  @GET
  @Path("/editions")
  @Operation(summary = "Editions of the reference-price list",
      description = "เกณฑ์ราคากลางฯ ทุกฉบับ, newest announcement first, with their item counts")
  @APIResponse(responseCode = "200", description = "The editions")
  public List<EditionView> editions() {
    return catalog.editions();
  }

  @GET
  @Path("/items")
  @Operation(summary = "Search catalogue items",
      description = "Items whose Thai or English name or category contains q (case-insensitive), "
          + "in one edition or in all, newest edition first; each with its reference price, edition and spec lines")
  @APIResponse(responseCode = "200", description = "The matching items (at most `max`)")
  public List<CatalogItemView> items(
      @Parameter(description = "Text to find, e.g. โน้ตบุ๊ก") @QueryParam("q") String q,
      @Parameter(description = "Edition id; all editions when absent") @QueryParam("edition") Long edition,
      @Parameter(description = "At most this many items (1-200)") @QueryParam("max") @DefaultValue("50") int max) {
    return catalog.searchItems(q, edition, max);
  }

  @GET
  @Path("/items/{id}/prices")
  @Operation(summary = "An item's reference price across editions",
      description = "The price of every item of the same name in every edition, oldest first")
  @APIResponse(responseCode = "200", description = "The price history")
  @APIResponse(responseCode = "422", description = "No such item")
  public List<PricePoint> prices(@PathParam("id") long id) {
    return catalog.priceHistory(id);
  }
}
