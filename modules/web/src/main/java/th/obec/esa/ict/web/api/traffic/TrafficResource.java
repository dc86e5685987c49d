package th.obec.esa.ict.web.api.traffic;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.traffic.api.TrafficKind;
import th.obec.esa.ict.traffic.chain.VerifyReport;
import th.obec.esa.ict.traffic.record.TrafficPage;
import th.obec.esa.ict.traffic.record.TrafficQuery;
import th.obec.esa.ict.traffic.record.TrafficService;

/**
 * The traffic record for auditors. The service refuses everyone without the auditor role (403
 * through the business-exception mapper) and writes each reading to the audit trail.
 */
@Path("/traffic")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class TrafficResource {

  @EJB
  private TrafficService traffic;

  @Inject
  private SecurityContext security;

  @GET
  @Operation(summary = "Search the traffic record", description = "Newest first, one page, with the total. "
      + "Auditors only; the search is recorded in the audit trail.")
  @APIResponse(responseCode = "200", description = "The page and the total")
  @APIResponse(responseCode = "400", description = "A time is not ISO-8601 with offset")
  @APIResponse(responseCode = "403", description = "The caller is not an auditor")
  public TrafficPage search(
      @Parameter(description = "From (inclusive), ISO-8601 with offset, e.g. 2025-03-01T00:00:00+07:00") @QueryParam("from") String from,
      @Parameter(description = "To (exclusive), ISO-8601 with offset") @QueryParam("to") String to,
      @Parameter(description = "User id: signed-in user, acted-for user or name typed at a failed sign-in") @QueryParam("uid") String uid,
      @Parameter(description = "Exact source address") @QueryParam("addr") String addr,
      @Parameter(description = "REQUEST, SIGN_IN, SIGN_IN_FAILED or SIGN_OUT") @QueryParam("kind") TrafficKind kind,
      @Parameter(description = "Text the URL contains") @QueryParam("url") String url,
      @Parameter(description = "Index of the first line, from 0") @QueryParam("first") @DefaultValue("0") int first,
      @Parameter(description = "Page size, 1-500") @QueryParam("size") @DefaultValue("50") int size) {
    return traffic.search(actor(), new TrafficQuery(time(from), time(to), uid, addr, kind, url), first, size);
  }

  @GET
  @Path("/export")
  @Produces("application/zip")
  @Operation(summary = "Export for an official request", description = "A zip of traffic-<time>.csv (UTF-8, "
      + "RFC 4180, oldest first, with seq and chain hash) and traffic-<time>.csv.sha256 (check with sha256sum -c). "
      + "The request's reference, the row count and the checksum go into the audit trail.")
  @APIResponse(responseCode = "200", description = "The zip")
  @APIResponse(responseCode = "400", description = "No official request reference, or a bad time")
  @APIResponse(responseCode = "403", description = "The caller is not an auditor")
  public Response export(
      @Parameter(description = "The official request answered (letter or order number)", required = true)
      @QueryParam("request") String officialRequest,
      @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("uid") String uid,
      @QueryParam("addr") String addr, @QueryParam("kind") TrafficKind kind, @QueryParam("url") String url) {
    if (officialRequest == null || officialRequest.isBlank()) {
      throw new BadRequestException("request (the official request's reference) is required");
    }
    Actor actor = actor();
    actor.requireAnyRole(Roles.AUDITOR);
    TrafficQuery q = new TrafficQuery(time(from), time(to), uid, addr, kind, url);
    StreamingOutput body = out -> traffic.export(actor, q, officialRequest, out);
    return Response.ok(body)
        .header("Content-Disposition", "attachment; filename=\"traffic-export.zip\"")
        .build();
  }

  @GET
  @Path("/verify")
  @Operation(summary = "Verify the hash chain", description = "Checks the lines that occurred in [from, to) "
      + "(the whole chain when both are absent) and lists changed rows (CHANGED), deleted rows (MISSING), a "
      + "removed or rewritten end (HEAD_MISMATCH), purge rows the chain key did not sign (FORGED_ANCHOR, "
      + "UNSIGNED_ANCHOR) and a head it did not sign (HEAD_UNSIGNED); firstBrokenSeq names the first broken link. "
      + "Recorded in the audit trail.")
  @APIResponse(responseCode = "200", description = "The report; intact is true when nothing was found")
  @APIResponse(responseCode = "403", description = "The caller is not an auditor")
  public VerifyReport verify(@QueryParam("from") String from, @QueryParam("to") String to) {
    return traffic.verify(actor(), time(from), time(to));
  }

  @GET
  @Path("/anchors")
  @Operation(summary = "The latest daily anchors", description = "Chain head, time and lines kept, signed with the "
      + "chain key, from the append-only file in the data folder (to print and keep)")
  @APIResponse(responseCode = "200", description = "The lines, oldest first")
  @APIResponse(responseCode = "403", description = "The caller is not an auditor")
  public java.util.List<String> anchors() {
    return traffic.anchors(actor(), 31);
  }

  @jakarta.ws.rs.POST
  @Path("/anchors")
  @Operation(summary = "Write an anchor now", description = "Appends the chain head of this moment to the anchor file")
  @APIResponse(responseCode = "200", description = "The line written")
  @APIResponse(responseCode = "403", description = "The caller is not an auditor")
  public java.util.Map<String, String> anchor() {
    return java.util.Map.of("line", traffic.writeAnchor(actor()));
  }

  private Actor actor() {
    Set<String> roles = new HashSet<>();
    for (String r : Roles.ALL) {
      if (security.isCallerInRole(r)) {
        roles.add(r);
      }
    }
    return new Actor(security.getCallerPrincipal().getName(), null, null, roles);
  }

  private static OffsetDateTime time(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s.trim());
    } catch (DateTimeParseException e) {
      throw new BadRequestException("not an ISO-8601 time with offset: " + s);
    }
  }
}
