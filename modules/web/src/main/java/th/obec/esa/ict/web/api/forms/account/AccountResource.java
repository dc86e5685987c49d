package th.obec.esa.ict.web.api.forms.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.obec.esa.ict.forms.account.AccountApproval;
import th.obec.esa.ict.forms.account.AccountRequest;
import th.obec.esa.ict.forms.account.AccountService;
import th.obec.esa.ict.forms.account.AccountView;
import th.obec.esa.ict.forms.account.CardCheck;
import th.obec.esa.ict.forms.account.ServiceWanted;
import th.obec.esa.ict.forms.api.SchoolContact;
import th.obec.esa.ict.web.api.ApiCaller;

/**
 * F08 account requests and F09 cards. Answers that carry an initial password are marked
 * no-store, so no proxy or browser cache keeps it.
 */
@Path("/forms/accounts")
@RequestScoped
@Tag(name = "forms-accounts", description = "F08 user account requests and F09 user ID cards")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

  /** The body of a new F08; contact fields only when the ICT officer files for a school's staff. */
  public record Create(String accountUid, String thaiName, String englishName, String position, String unitName,
      String mail, Set<ServiceWanted> services, String reason, String contactName, String contactSchool,
      String contactPhone) {}

  /** An approval: in one's own right, or acting for the person named. */
  public record Decision(String actingFor, String comment) {}

  @EJB
  private AccountService accounts;

  @Inject
  private ApiCaller currentUser;

  @Context
  private UriInfo uri;

  @POST
  @Operation(summary = "File an F08 account request", description = "Filed and submitted at once; it gets its running number")
  @APIResponse(responseCode = "201", description = "The request")
  @APIResponse(responseCode = "422", description = "A field or rule refused it (message key and arguments)")
  public Response create(Create b) {
    SchoolContact contact = b.contactName() == null && b.contactSchool() == null ? null
        : new SchoolContact(b.contactName(), b.contactSchool(), b.contactPhone());
    AccountView v = accounts.request(new AccountRequest(b.accountUid(), b.thaiName(), b.englishName(), b.position(),
        b.unitName(), b.mail(), b.services(), b.reason()), contact, currentUser.actor());
    return Response.created(URI.create("forms/accounts/" + v.submissionId())).entity(v).build();
  }

  @GET
  @Operation(summary = "Every account request, newest first (ICT unit, auditors)")
  @APIResponse(responseCode = "200", description = "Requests with what became of them")
  public List<AccountView> all() {
    return accounts.all(currentUser.actor());
  }

  @GET
  @Path("/tasks")
  @Operation(summary = "Accounts the ICT officer must create by hand (read-only directory)")
  @APIResponse(responseCode = "200", description = "Exactly what to create: user id, names, mail, groups")
  public List<AccountView> tasks() {
    return accounts.tasks(currentUser.actor());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "An account request")
  @APIResponse(responseCode = "200", description = "The request")
  public AccountView get(@PathParam("id") long id) {
    return accounts.get(id, currentUser.actor());
  }

  @POST
  @Path("/{id}/approve")
  @Operation(summary = "Approve (APPROVE_ACCOUNT) and create the account",
      description = "When the directory is writable the answer carries the initial password, this once only")
  @APIResponse(responseCode = "200", description = "Approved; issued is null when the ICT officer got a task")
  @APIResponse(responseCode = "403", description = "No authority, or the caller's own request")
  public Response approve(@PathParam("id") long id, Decision d) {
    AccountApproval a = accounts.approve(id, d == null ? null : d.actingFor(), d == null ? null : d.comment(),
        currentUser.actor());
    return noStore(a);
  }

  @POST
  @Path("/{id}/create")
  @Operation(summary = "Create the account of a request approved without it (ICT officer)",
      description = "Every approval now creates the account; this is for F08s approved before, over the common REST approval")
  @APIResponse(responseCode = "200", description = "Created (initial password, this once) or a task opened")
  public Response createApproved(@PathParam("id") long id) {
    return noStore(accounts.createApproved(id, currentUser.actor()));
  }

  @POST
  @Path("/{id}/task-done")
  @Operation(summary = "The ICT officer created the account by hand", description = "The directory must show it")
  @APIResponse(responseCode = "200", description = "Recorded; the card can be printed")
  public AccountView taskDone(@PathParam("id") long id) {
    return accounts.completeTask(id, currentUser.actor());
  }

  @GET
  @Path("/{id}/card")
  @Produces("application/pdf")
  @Operation(summary = "The F09 user ID card as PDF (holder or ICT unit)", description = "No citizen ID, no password")
  @APIResponse(responseCode = "200", description = "The PDF")
  public Response card(@PathParam("id") long id) {
    byte[] pdf = accounts.card(id, verifyBase(), currentUser.actor());
    return Response.ok(pdf, "application/pdf").header("Content-Disposition", "inline; filename=\"F09-" + id + ".pdf\"")
        .build();
  }

  @GET
  @Path("/cards/verify")
  @Operation(summary = "What a card's QR token says: whose it is and whether it is valid today")
  @APIResponse(responseCode = "200", description = "The card's holder and validity")
  @APIResponse(responseCode = "404", description = "No card carries this token")
  public CardCheck verify(@QueryParam("c") String token) {
    return accounts.verify(token).orElseThrow(NotFoundException::new);
  }

  private String verifyBase() {
    String base = uri.getBaseUri().toString();
    return base.substring(0, base.length() - "api/".length()) + "card/verify.xhtml?c=";
  }

  private static Response noStore(Object entity) {
    CacheControl cc = new CacheControl();
    cc.setNoStore(true);
    cc.setNoCache(true);
    return Response.ok(entity).cacheControl(cc).build();
  }
}
