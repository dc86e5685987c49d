package th.obec.esa.ict.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's budgets of SQL statements, counted by the application itself on the deployed EAR (an
 * EclipseLink profiler on every persistence unit; the test domain turns on
 * {@code ict.diagnostics.enabled}, so a page's count is shown at {@code /diagnostics/sql} and an API
 * answer's in {@code X-Sql-Statements}). A budget holds however many items a page lists: a query
 * per item would break it as soon as the items outnumber it.
 */
class SqlBudgetIT {

  private static final URI BASE = Deployed.base();
  private static final String RUN = Long.toString(System.nanoTime(), 36).toUpperCase();

  @Test
  void theHomePageAndAnInboxOfFiftyWaitingRequestsStayWithinTheirStatements() throws Exception {
    Rest somchai = Rest.as(BASE, "somchai");
    for (int i = 0; i < 50; i++) {
      repairRequest(somchai, i);
    }
    Http khwansiri = signedIn("khwansiri");
    List<Object> waiting = Rest.as(BASE, "khwansiri").getList("api/forms/inbox");
    assertTrue(waiting.size() >= 50, "fifty requests wait for the ICT officer's review: " + waiting.size());

    assertTrue(statementsOf(khwansiri, "forms/inbox.xhtml") <= 12, "the inbox with " + waiting.size() + " items");
    assertTrue(statementsOf(khwansiri, "") <= 10, "the home page");
  }

  @Test
  void anApprovalStaysWithinItsStatements() throws Exception {
    Rest director = Rest.as(BASE, "director");
    long id = repairRequest(Rest.as(BASE, "somchai"), -1);
    Rest.as(BASE, "khwansiri").postOk("api/forms/submissions/" + id + "/review", Map.of("comment", "ตรวจแล้ว"));
    HttpResponse<String> approved = director.post("api/forms/submissions/" + id + "/approve", Map.of());
    assertEquals(200, approved.statusCode(), approved.body());
    int statements = Integer.parseInt(approved.headers().firstValue("X-Sql-Statements").orElseThrow());
    System.out.println("SqlBudgetIT: an approval took " + statements + " SQL statements: "
        + approved.headers().firstValue("X-Sql-Queries").orElse(""));
    assertTrue(statements > 0 && statements <= 20, "an approval took " + statements + " SQL statements: "
        + approved.headers().firstValue("X-Sql-Queries").orElse(""));
  }

  /** The page's statements the second time it is shown (the first may fill a cache). */
  private static int statementsOf(Http http, String page) throws Exception {
    assertEquals(200, http.get(page).statusCode(), page);
    assertEquals(200, http.get(page).statusCode(), page);
    HttpResponse<String> last = http.get("diagnostics/sql");
    assertEquals(200, last.statusCode(), last.body());
    Map<String, Object> count = Rest.map(last.body());
    assertEquals("/" + page, count.get("path"));
    int statements = ((Number) count.get("statements")).intValue();
    assertTrue(statements > 0, "the counter counts: " + last.body());
    System.out.println("SqlBudgetIT: /" + page + " took " + statements + " SQL statements: " + count.get("queries"));
    return statements;
  }

  private static Http signedIn(String uid) throws Exception {
    Http http = new Http(BASE);
    String login = http.get("login.xhtml").body();
    HttpResponse<String> signedIn = http.postForm("login.xhtml", Map.of(
        "login", "login", "login:uid", uid, "login:password", "demo",
        "login:submit", "", "jakarta.faces.ViewState", Http.viewState(login)));
    assertEquals(302, signedIn.statusCode(), "signed in");
    return http;
  }

  private static long repairRequest(Rest requester, int n) throws Exception {
    Map<String, Object> body = new HashMap<>();
    body.put("form", "F03");
    body.put("subject", "งบคำสั่ง SQL " + RUN + " " + n);
    body.put("body", "ขอให้ซ่อมเครื่องพิมพ์");
    body.put("amount", 500);
    body.put("describedItem", "เครื่องพิมพ์เลเซอร์");
    body.put("location", "ห้องประชุม");
    body.put("symptoms", "กระดาษติด");
    return ((Number) requester.postOk("api/forms/submissions", body).get("id")).longValue();
  }
}
