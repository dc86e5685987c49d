package th.obec.esa.ict.web.api.forms;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import java.io.StringReader;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.obec.esa.ict.forms.api.Approval;
import th.obec.esa.ict.forms.api.FormProcesses;
import th.obec.esa.ict.forms.api.ProcessOption;
import th.obec.esa.ict.forms.document.MemoService;
import th.obec.esa.ict.forms.loan.AssetMonth;
import th.obec.esa.ict.forms.loan.ConditionCheck;
import th.obec.esa.ict.forms.loan.LoanService;
import th.obec.esa.ict.forms.submission.InboxEntry;
import th.obec.esa.ict.forms.submission.SubmissionService;
import th.obec.esa.ict.forms.submission.SubmissionSummary;
import th.obec.esa.ict.forms.submission.SubmissionView;
import th.obec.esa.ict.web.api.ApiCaller;

/**
 * Submissions of the manual's forms. Every rule (who may approve, acting for whom, overlaps,
 * self-approval) is the forms module's; refusals come back as 4xx with the message key.
 */
@Path("/forms")
@RequestScoped
@Tag(name = "forms", description = "The manual's forms F01-F22: requests, their approval and their memos")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class SubmissionResource {

  private static final Jsonb JSON = JsonbBuilder.create();

  @EJB
  private SubmissionService forms;

  @EJB
  private MemoService memos;

  @EJB
  private LoanService loans;

  @Inject
  private ApiCaller currentUser;

  @EJB
  private FormProcesses formProcesses;

  @Context
  private UriInfo uri;

  @POST
  @Path("/submissions")
  @Operation(summary = "File a form", description = "Creates a submission and, unless submit is false, submits it (it gets its running number)")
  @APIResponse(responseCode = "201", description = "The submission")
  @APIResponse(responseCode = "422", description = "A field or rule refused it (message key and arguments)")
  public Response create(FormRequests.Create body) {
    SubmissionView v = Boolean.FALSE.equals(body.submit())
        ? forms.createDraft(body.common(), body.detail(), currentUser.actor())
        : forms.file(body.common(), body.detail(), currentUser.actor());
    return Response.created(URI.create("forms/submissions/" + v.id())).entity(v).build();
  }

  @GET
  @Path("/processes")
  @Operation(summary = "The work processes a form's request may be filed under",
      description = "By number, the one a new request starts under marked byDefault; pass one as process when filing")
  @APIResponse(responseCode = "200", description = "The form's processes; empty for a form no process uses")
  public List<ProcessOption> processes(@QueryParam("form") String form) {
    currentUser.actor();
    return formProcesses.processesOf(form);
  }

  @GET
  @Path("/submissions")
  @Operation(summary = "The caller's own submissions, newest first")
  @APIResponse(responseCode = "200", description = "Summaries with their state")
  public List<SubmissionSummary> mine() {
    return forms.mine(currentUser.actor());
  }

  @GET
  @Path("/inbox")
  @Operation(summary = "What waits for the caller", description = "Reviews, approvals (with the people the caller may act for), assignments and jobs")
  @APIResponse(responseCode = "200", description = "Inbox entries")
  public List<InboxEntry> inbox() {
    return forms.inbox(currentUser.actor());
  }

  @GET
  @Path("/submissions/{id}")
  @Operation(summary = "A submission with its chain of review and approval")
  @APIResponse(responseCode = "200", description = "The submission")
  @APIResponse(responseCode = "404", description = "No such submission")
  public SubmissionView get(@PathParam("id") long id) {
    return forms.get(id, currentUser.actor());
  }

  @POST
  @Path("/submissions/{id}/submit")
  @Operation(summary = "Submit a draft")
  @APIResponse(responseCode = "200", description = "Submitted, numbered")
  public SubmissionView submit(@PathParam("id") long id) {
    return forms.submit(id, currentUser.actor());
  }

  @POST
  @Path("/submissions/{id}/review")
  @Operation(summary = "Review by the ICT unit")
  @APIResponse(responseCode = "200", description = "Reviewed")
  public SubmissionView review(@PathParam("id") long id, FormRequests.Decision d) {
    return forms.review(id, d == null ? null : d.comment(), currentUser.actor());
  }

  @POST
  @Path("/submissions/{id}/approve")
  @Operation(summary = "Approve", description = "In the caller's own right, or acting for the person named in actingFor."
      + " The form's own effects come with the approval, as in the inbox: an F08 creates its account (the answer then"
      + " also carries issued: the user id and its initial password, this once only, never stored; or the ICT officer"
      + " gets a task), an F14 grants its access. For an F08 a Link with rel=\"account\" names the account request.")
  @APIResponse(responseCode = "200", description = "Approved: the submission, and issued when an account was created")
  @APIResponse(responseCode = "403", description = "No authority, or the caller's own request")
  @APIResponse(responseCode = "422", description = "A rule refused it, the form's own effects included (an F08's user id"
      + " taken meanwhile, an F14's period over): nothing was approved")
  public Response approve(@PathParam("id") long id, FormRequests.Decision d) {
    Approval a = forms.approveFor(id, d == null ? null : d.actingFor(), d == null ? null : d.comment(),
        currentUser.actor());
    Response.ResponseBuilder answer;
    if (a.issuedUid() == null) {
      answer = Response.ok(a.submission());
    } else {
      // the submission as always, with the account beside it; no cache may keep the password
      JsonObject view = Json.createReader(new StringReader(JSON.toJson(a.submission()))).readObject();
      answer = Response.ok(Json.createObjectBuilder(view).add("issued", Json.createObjectBuilder()
          .add("uid", a.issuedUid()).add("initialPassword", a.issuedInitialPassword())).build());
      CacheControl cc = new CacheControl();
      cc.setNoStore(true);
      cc.setNoCache(true);
      answer.cacheControl(cc);
    }
    if (a.isAccountRequest()) {
      answer.link(uri.getBaseUriBuilder().path("forms/accounts/{id}").build(id), "account");
    }
    return answer.build();
  }

  @POST
  @Path("/submissions/{id}/reject")
  @Operation(summary = "Reject with a reason (comment)")
  @APIResponse(responseCode = "200", description = "Rejected")
  public SubmissionView reject(@PathParam("id") long id, FormRequests.Decision d) {
    return forms.reject(id, d == null ? null : d.comment(), currentUser.actor());
  }

  @POST
  @Path("/submissions/{id}/send-back")
  @Operation(summary = "Send back to the requester for correction (ส่งคืนแก้ไข), with a comment saying what to correct",
      description = "By the ICT unit before review; after review by whoever may approve it, in their own right or acting"
          + " for the person named in actingFor. The requester corrects it (revise) and submits it again (submit).")
  @APIResponse(responseCode = "200", description = "Waiting for the requester's correction")
  @APIResponse(responseCode = "400", description = "No comment")
  @APIResponse(responseCode = "403", description = "No authority, or the caller's own request")
  public SubmissionView sendBack(@PathParam("id") long id, FormRequests.Decision d) {
    return forms.sendBack(id, d == null ? null : d.actingFor(), d == null ? null : d.comment(), currentUser.actor());
  }

  @POST
  @Path("/submissions/{id}/revise")
  @Operation(summary = "The requester corrects a request sent back (subject, text, amount); then submit it again")
  @APIResponse(responseCode = "200", description = "Corrected, still waiting to be submitted again")
  @APIResponse(responseCode = "403", description = "Not the requester")
  public SubmissionView revise(@PathParam("id") long id, FormRequests.Revision r) {
    return forms.revise(id, r.subject(), r.body(), r.amount(), currentUser.actor());
  }

  @POST
  @Path("/submissions/{id}/assign")
  @Operation(summary = "Assign (or reassign) the job; a loan is handed out")
  @APIResponse(responseCode = "200", description = "In progress")
  public SubmissionView assign(@PathParam("id") long id, FormRequests.Assignment a) {
    return forms.assign(id, a.assignee(), a.comment(), currentUser.actor());
  }

  @POST
  @Path("/submissions/{id}/work")
  @Operation(summary = "Add to the work log")
  @APIResponse(responseCode = "200", description = "Logged")
  public SubmissionView work(@PathParam("id") long id, FormRequests.Work w) {
    return forms.logWork(id, w.note(), w.parts(), w.partsCost(), currentUser.actor());
  }

  @POST
  @Path("/submissions/{id}/complete")
  @Operation(summary = "Complete the job; a loan is returned with its condition")
  @APIResponse(responseCode = "200", description = "Done")
  public SubmissionView complete(@PathParam("id") long id, FormRequests.Completion c) {
    ConditionCheck check = c == null || c.intact() == null ? null : new ConditionCheck(c.intact(), c.conditionNote());
    return forms.complete(id, c == null ? null : c.outcome(), check, currentUser.actor());
  }

  @POST
  @Path("/submissions/{id}/return")
  @Operation(summary = "Give the job back to the requester undone, with a reason")
  @APIResponse(responseCode = "200", description = "Returned")
  public SubmissionView giveBack(@PathParam("id") long id, FormRequests.Giveback g) {
    return forms.returnToRequester(id, g.reason(), g.beyondRepair(), currentUser.actor());
  }

  @POST
  @Path("/submissions/{id}/withdraw")
  @Operation(summary = "Withdraw (requester, before approval)")
  @APIResponse(responseCode = "200", description = "Withdrawn")
  public SubmissionView withdraw(@PathParam("id") long id, FormRequests.Decision d) {
    return forms.withdraw(id, d == null ? null : d.comment(), currentUser.actor());
  }

  @GET
  @Path("/submissions/{id}/pdf")
  @Produces("application/pdf")
  @Operation(summary = "The บันทึกข้อความ (official memo) as PDF", description = "thaiDigits overrides the office default")
  @APIResponse(responseCode = "200", description = "The PDF")
  public Response pdf(@PathParam("id") long id, @QueryParam("thaiDigits") Boolean thaiDigits) {
    SubmissionView v = forms.get(id, currentUser.actor());
    return Response.ok(memos.pdf(id, thaiDigits, currentUser.actor()), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"" + MemoService.fileName(v) + "\"").build();
  }

  @GET
  @Path("/assets/{assetId}/availability")
  @Operation(summary = "An asset's loan calendar for a month (yyyy-MM, C.E.)")
  @APIResponse(responseCode = "200", description = "Each day free or booked, and the bookings")
  public AssetMonth availability(@PathParam("assetId") long assetId, @QueryParam("month") @DefaultValue("") String month) {
    return loans.availability(assetId, month.isBlank() ? YearMonth.now() : YearMonth.parse(month));
  }
}
