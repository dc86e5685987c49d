package th.obec.esa.ict.web.api.forms.spec;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.obec.esa.ict.forms.document.MemoService;
import th.obec.esa.ict.forms.port.CatalogEdition;
import th.obec.esa.ict.forms.port.CatalogEntry;
import th.obec.esa.ict.forms.spec.Arrival;
import th.obec.esa.ict.forms.api.ComparisonRequest;
import th.obec.esa.ict.forms.spec.ComparisonView;
import th.obec.esa.ict.forms.spec.CreatedAsset;
import th.obec.esa.ict.forms.spec.SpecDocumentService;
import th.obec.esa.ict.forms.spec.SpecRequest;
import th.obec.esa.ict.forms.spec.SpecService;
import th.obec.esa.ict.forms.spec.SpecSummary;
import th.obec.esa.ict.forms.spec.SpecView;
import th.obec.esa.ict.forms.submission.SubmissionService;
import th.obec.esa.ict.web.api.ApiCaller;

/**
 * F06 and F07 over HTTP. Review and approval go through the common
 * {@code /api/forms/submissions/{id}/review|approve}; every rule (reasons, compliance, who may
 * register the goods) is the forms module's, refusals come back as 4xx with the message key.
 */
@Path("/forms/spec")
@RequestScoped
@Tag(name = "forms-spec", description = "F06 specification against the reference prices, F07 comparison of offers")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class SpecResource {

  @EJB
  private SpecService specs;

  @EJB
  private SpecDocumentService documents;

  @EJB
  private SubmissionService forms;

  @Inject
  private ApiCaller currentUser;

  @GET
  @Path("/editions")
  @Operation(summary = "Editions of the reference-price catalogue, newest first")
  @APIResponse(responseCode = "200", description = "The editions")
  public List<CatalogEdition> editions() {
    return specs.editions();
  }

  @GET
  @Path("/editions/{editionId}/items")
  @Operation(summary = "Items of an edition with their spec lines and reference prices", description = "q filters by name or category")
  @APIResponse(responseCode = "200", description = "The items")
  public List<CatalogEntry> items(@PathParam("editionId") long editionId, @QueryParam("q") String q) {
    return specs.catalogItems(editionId, q);
  }

  @POST
  @Path("/f06")
  @Operation(summary = "File an F06", description = "Items of one edition; lines omitted copy the catalogue; a unit price above"
      + " the reference price or an edited/removed catalogue line needs a reason. Created and submitted at once.")
  @APIResponse(responseCode = "201", description = "The specification, submitted with its number")
  @APIResponse(responseCode = "422", description = "Refused (key names the item and line, e.g. forms.spec.priceReasonRequired)")
  public Response fileSpec(SpecRequest body) {
    SpecView v = specs.fileSpec(body, currentUser.actor());
    return Response.created(URI.create("forms/spec/f06/" + v.id())).entity(v).build();
  }

  @GET
  @Path("/f06")
  @Operation(summary = "Approved F06s, newest first, to compare offers against")
  @APIResponse(responseCode = "200", description = "Summaries")
  public List<SpecSummary> approved() {
    return specs.approvedSpecs(currentUser.actor());
  }

  @GET
  @Path("/f06/{id}")
  @Operation(summary = "An F06 with items, lines marked against the catalogue, reasons and registered assets")
  @APIResponse(responseCode = "200", description = "The specification")
  public SpecView spec(@PathParam("id") long id) {
    return specs.spec(id, currentUser.actor());
  }

  @POST
  @Path("/f07")
  @Operation(summary = "File an F07 against an approved F06", description = "Offers (vendor, item number, unit price,"
      + " answers per line: MEETS, DOES_NOT_MEET, EXCEEDS); the cheapest compliant offer of each item is marked")
  @APIResponse(responseCode = "201", description = "The comparison, submitted with its number")
  @APIResponse(responseCode = "422", description = "Refused (message key and arguments)")
  public Response fileComparison(ComparisonRequest body) {
    ComparisonView v = specs.fileComparison(body, currentUser.actor());
    return Response.created(URI.create("forms/spec/f07/" + v.id())).entity(v).build();
  }

  @GET
  @Path("/f07/{id}")
  @Operation(summary = "An F07: offers line by line against the F06, compliance, cheapest and winner")
  @APIResponse(responseCode = "200", description = "The comparison")
  public ComparisonView comparison(@PathParam("id") long id) {
    return specs.comparison(id, currentUser.actor());
  }

  @POST
  @Path("/{id}/assets")
  @Operation(summary = "Register the goods of an approved F06 or F07", description = "One asset per unit, with catalogue"
      + " item, edition and price (the winning offer's for an F07); once per specification; ICT officers only")
  @APIResponse(responseCode = "200", description = "The assets registered")
  @APIResponse(responseCode = "422", description = "Not approved, already registered, or a field refused")
  public List<CreatedAsset> createAssets(@PathParam("id") long id, Arrival arrival) {
    return specs.createAssets(id, arrival, currentUser.actor());
  }

  @GET
  @Path("/{id}/pdf")
  @Produces("application/pdf")
  @Operation(summary = "The F06 or F07 as its printed memo (PDF)", description = "thaiDigits overrides the office default")
  @APIResponse(responseCode = "200", description = "The PDF")
  public Response pdf(@PathParam("id") long id, @QueryParam("thaiDigits") Boolean thaiDigits) {
    return Response.ok(documents.pdf(id, thaiDigits, currentUser.actor()), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"" + MemoService.fileName(forms.get(id, currentUser.actor()))
            + "\"").build();
  }
}
