package th.obec.esa.ict.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Who may call what: every {@code /api} operation (read from {@code /openapi}) and every page (read
 * from the web module's {@code webapp} folder) against every role, from ONE table below. A new
 * operation or page without a row fails the build; so does any answer other than the row's.
 *
 * <p>How each cell is asked: the roles are the demo accounts (README) plus {@code probe-staff} of
 * config/ldap/system-tests.ldif for plain staff; anonymous sends no credentials. API operations go
 * with HTTP Basic; path parameters are an id that does not exist (999999999), form {@code F01},
 * year 2569, process 1, so nothing is found and nothing changes; POST and PUT send a malformed JSON
 * body ({@code "{"}), so a call that passes the role check answers 400 (or 415 where the operation
 * takes another media type) and stores nothing; a 403 or 404 before that is the role check or the
 * lookup. Pages are opened with GET after signing in on the login page, with no parameters.
 *
 * <p>To add a row (issue 15's need-to-know rules, a new endpoint): one line, "METHOD path | seven
 * statuses" in the order of {@link #ROLES}.
 */
class AccessMatrixIT {

  /** The columns of the table, and who signs in for each (null: nobody). */
  static final List<String> ROLES = List.of("anonymous", "staff", "ict-officer", "unit-director", "director",
      "auditor", "org-admin");
  static final Map<String, String> ACCOUNT = accounts();

  /** THE table: operation or page | expected status for each role in {@link #ROLES}. */
  static final String TABLE = """
      # /api: anonymous staff ict-officer unit-director director auditor org-admin
      POST /api/absences                                   | 401 400 400 400 400 400 400
      GET /api/absences                                    | 401 200 200 200 200 200 200
      POST /api/absences/{id}/end                          | 401 404 404 404 404 404 404
      GET /api/acting                                      | 401 400 400 400 400 400 400
      GET /api/acting/options                              | 401 200 200 200 200 200 200
      POST /api/assets                                     | 401 400 400 400 400 400 400
      GET /api/assets                                      | 401 200 200 200 200 200 200
      GET /api/assets/{id}                                 | 401 404 404 404 404 404 404
      GET /api/assets/{id}/history                         | 401 404 404 404 404 404 404
      GET /api/assets/{id}/qr.png                          | 401 404 404 404 404 404 404
      POST /api/assets/{id}/status                         | 401 400 400 400 400 400 400
      GET /api/audit                                       | 401 200 200 200 200 200 200
      GET /api/audit-trail/verify                          | 401 403 403 403 200 200 403
      GET /api/catalog/editions                            | 401 200 200 200 200 200 200
      GET /api/catalog/items                               | 401 200 200 200 200 200 200
      GET /api/catalog/items/{id}/prices                   | 401 404 404 404 404 404 404
      POST /api/delegations                                | 401 400 400 400 400 400 400
      GET /api/delegations                                 | 401 200 200 200 200 200 200
      POST /api/delegations/{id}/revoke                    | 401 400 400 400 400 400 400
      POST /api/delegations/{id}/confirm                   | 401 404 404 404 404 404 404
      PUT /api/delegations/{id}/scan                       | 401 415 415 415 415 415 415
      GET /api/delegations/{id}/scan                       | 401 404 404 404 404 404 404
      GET /api/directory/matches                           | 401 403 403 403 403 403 200
      POST /api/directory/matches/accept                   | 401 400 400 400 400 400 400
      POST /api/directory/matches/accept-exact             | 401 400 400 400 400 400 400
      POST /api/directory/sync                             | 401 400 400 400 400 400 400
      POST /api/evaluations                                | 401 400 400 400 400 400 400
      GET /api/evaluations                                 | 401 403 200 200 200 200 200
      GET /api/evaluations/open                            | 401 200 200 200 200 200 200
      PUT /api/evaluations/{id}                            | 401 400 400 400 400 400 400
      GET /api/evaluations/{id}                            | 401 404 404 404 404 404 404
      POST /api/evaluations/{id}/answers                   | 401 400 400 400 400 400 400
      POST /api/evaluations/{id}/close                     | 401 403 404 403 403 403 403
      POST /api/evaluations/{id}/copy                      | 401 403 404 403 403 403 403
      POST /api/evaluations/{id}/open                      | 401 403 404 403 403 403 403
      GET /api/evaluations/{id}/report                     | 401 403 404 404 404 404 404
      GET /api/evaluations/{id}/report.pdf                 | 401 404 404 404 404 404 404
      GET /api/evaluations/{id}/report.xlsx                | 401 404 404 404 404 404 404
      GET /api/forms                                       | 401 200 200 200 200 200 200
      POST /api/forms/access                               | 401 400 400 400 400 400 400
      GET /api/forms/access                                | 401 200 200 200 200 200 200
      GET /api/forms/access/review                         | 401 403 403 200 200 403 200
      GET /api/forms/access/{id}                           | 401 404 404 404 404 404 404
      POST /api/forms/access/{id}/approve                  | 401 400 400 400 400 400 400
      POST /api/forms/access/{id}/grant                    | 401 403 404 403 403 403 403
      POST /api/forms/access/{id}/review                   | 401 400 400 400 400 400 400
      POST /api/forms/access/{id}/revoke                   | 401 400 400 400 400 400 400
      POST /api/forms/accounts                             | 401 400 400 400 400 400 400
      GET /api/forms/accounts                              | 401 403 200 403 200 200 403
      GET /api/forms/accounts/cards/verify                 | 401 404 404 404 404 404 404
      GET /api/forms/accounts/tasks                        | 401 403 200 403 403 403 403
      GET /api/forms/accounts/{id}                         | 401 404 404 404 404 404 404
      POST /api/forms/accounts/{id}/approve                | 401 400 400 400 400 400 400
      GET /api/forms/accounts/{id}/card                    | 401 404 404 404 404 404 404
      POST /api/forms/accounts/{id}/create                 | 401 403 404 403 403 403 403
      POST /api/forms/accounts/{id}/task-done              | 401 403 404 403 403 403 403
      GET /api/forms/assets/{assetId}/availability         | 401 200 200 200 200 200 200
      GET /api/forms/inbox                                 | 401 200 200 200 200 200 200
      POST /api/forms/register                             | 401 415 415 415 415 415 415
      GET /api/forms/spec/editions                         | 401 200 200 200 200 200 200
      GET /api/forms/spec/editions/{editionId}/items       | 401 200 200 200 200 200 200
      POST /api/forms/spec/f06                             | 401 400 400 400 400 400 400
      GET /api/forms/spec/f06                              | 401 200 200 200 200 200 200
      GET /api/forms/spec/f06/{id}                         | 401 404 404 404 404 404 404
      POST /api/forms/spec/f07                             | 401 400 400 400 400 400 400
      GET /api/forms/spec/f07/{id}                         | 401 404 404 404 404 404 404
      POST /api/forms/spec/{id}/assets                     | 401 400 400 400 400 400 400
      GET /api/forms/spec/{id}/pdf                         | 401 404 404 404 404 404 404
      GET /api/forms/processes                             | 401 200 200 200 200 200 200
      POST /api/forms/plans                                | 401 400 400 400 400 400 400
      GET /api/forms/plans                                 | 401 200 200 200 200 200 200
      GET /api/forms/plans/{id}                            | 401 404 404 404 404 404 404
      POST /api/forms/plans/{id}/activities/{no}/progress  | 401 400 400 400 400 400 400
      POST /api/forms/submissions                          | 401 400 400 400 400 400 400
      GET /api/forms/submissions                           | 401 200 200 200 200 200 200
      GET /api/forms/submissions/{id}                      | 401 404 404 404 404 404 404
      POST /api/forms/submissions/{id}/approve             | 401 400 400 400 400 400 400
      POST /api/forms/submissions/{id}/assign              | 401 400 400 400 400 400 400
      POST /api/forms/submissions/{id}/complete            | 401 400 400 400 400 400 400
      GET /api/forms/submissions/{id}/pdf                  | 401 404 404 404 404 404 404
      POST /api/forms/submissions/{id}/reject              | 401 400 400 400 400 400 400
      POST /api/forms/submissions/{id}/return              | 401 400 400 400 400 400 400
      POST /api/forms/submissions/{id}/review              | 401 400 400 400 400 400 400
      POST /api/forms/submissions/{id}/revise              | 401 400 400 400 400 400 400
      POST /api/forms/submissions/{id}/send-back           | 401 400 400 400 400 400 400
      POST /api/forms/submissions/{id}/submit              | 401 404 404 404 404 404 404
      POST /api/forms/submissions/{id}/withdraw            | 401 400 400 400 400 400 400
      POST /api/forms/submissions/{id}/work                | 401 400 400 400 400 400 400
      GET /api/forms/summary                               | 401 400 400 400 400 400 400
      GET /api/forms/{code}                                | 401 200 200 200 200 200 200
      GET /api/me                                          | 401 200 200 200 200 200 200
      GET /api/me/notifications                            | 401 200 200 200 200 200 200
      PUT /api/me/notifications                            | 401 400 400 400 400 400 400
      GET /api/orders                                      | 401 200 200 200 200 200 200
      GET /api/orders/duties                               | 401 200 200 200 200 200 200
      GET /api/orders/{id}                                 | 401 404 404 404 404 404 404
      GET /api/processes                                   | 401 200 200 200 200 200 200
      GET /api/processes/{id}                              | 401 404 404 404 404 404 404
      POST /api/records/improvements                       | 401 400 400 400 400 400 400
      GET /api/records/improvements                        | 401 200 200 200 200 200 200
      PUT /api/records/improvements/{id}                   | 401 400 400 400 400 400 400
      GET /api/records/improvements/{id}                   | 401 404 404 404 404 404 404
      POST /api/records/improvements/{id}/reopen           | 401 403 404 403 403 403 403
      POST /api/records/improvements/{id}/report           | 401 403 404 403 403 403 403
      GET /api/records/improvements/{id}/report.pdf        | 401 404 404 404 404 404 404
      GET /api/records/improvements/{id}/record.pdf        | 401 404 404 404 404 404 404
      GET /api/records/overdue                             | 401 403 200 200 200 200 200
      POST /api/records/returns/{id}                       | 401 400 400 400 400 400 400
      DELETE /api/records/returns/{id}                     | 401 403 422 403 403 403 403
      POST /api/records/rounds                             | 401 400 400 400 400 400 400
      GET /api/records/rounds                              | 401 403 200 200 200 200 200
      GET /api/records/rounds/{id}                         | 401 403 404 404 404 404 404
      POST /api/records/rounds/{id}/import                 | 401 415 415 415 415 415 415
      POST /api/records/studies                            | 401 400 400 400 400 400 400
      GET /api/records/studies                             | 401 200 200 200 200 200 200
      PUT /api/records/studies/{id}                        | 401 400 400 400 400 400 400
      GET /api/records/studies/{id}                        | 401 404 404 404 404 404 404
      POST /api/records/studies/{id}/reopen                | 401 403 404 403 403 403 403
      POST /api/records/studies/{id}/report                | 401 403 404 403 403 403 403
      GET /api/records/studies/{id}/report.pdf             | 401 404 404 404 404 404 404
      GET /api/records/studies/{id}/record.pdf             | 401 404 404 404 404 404 404
      GET /api/reports/processes                           | 401 200 200 200 200 200 200
      GET /api/reports/processes/{number}                  | 401 200 200 200 200 200 200
      GET /api/reports/yearly/{year}                       | 401 403 200 200 200 200 200
      GET /api/reports/yearly/{year}/pdf                   | 401 403 200 200 200 200 200
      GET /api/reports/yearly/{year}/xlsx                  | 401 403 200 200 200 200 200
      GET /api/staff                                       | 401 200 200 200 200 200 200
      GET /api/staff/{id}                                  | 401 404 404 404 404 404 404
      GET /api/traffic                                     | 401 403 403 403 200 200 403
      GET /api/traffic/export                              | 401 400 400 400 400 400 400
      GET /api/traffic/verify                              | 401 403 403 403 200 200 403
      POST /api/traffic/anchors                            | 401 403 403 403 200 200 403
      GET /api/traffic/anchors                             | 401 403 403 403 200 200 403
      GET /api/units                                       | 401 200 200 200 200 200 200
      GET /api/units/chart                                 | 401 200 200 200 200 200 200
      GET /api/units/{id}                                  | 401 404 404 404 404 404 404
      # pages
      GET /assets/asset.xhtml                              | 302 200 200 200 200 200 200
      GET /assets/catalog.xhtml                            | 302 200 200 200 200 200 200
      GET /assets/import.xhtml                             | 302 200 200 200 200 200 200
      GET /assets/label.xhtml                              | 302 200 200 200 200 200 200
      GET /assets/list.xhtml                               | 302 200 200 200 200 200 200
      GET /assets/new.xhtml                                | 302 200 200 200 200 200 200
      GET /card/verify.xhtml                               | 302 200 200 200 200 200 200
      GET /delegation/absences.xhtml                       | 302 200 200 200 200 200 200
      GET /delegation/delegations.xhtml                    | 302 200 200 200 200 200 200
      GET /delegation/record.xhtml                         | 302 200 200 200 200 200 200
      GET /delegation/who-acts.xhtml                       | 302 200 200 200 200 200 200
      GET /error/400.xhtml                                 | 200 200 200 200 200 200 200
      GET /error/403.xhtml                                 | 200 200 200 200 200 200 200
      GET /error/404.xhtml                                 | 200 200 200 200 200 200 200
      GET /error/500.xhtml                                 | 200 200 200 200 200 200 200
      GET /evaluation/answer.xhtml                         | 302 404 404 404 404 404 404
      GET /evaluation/edit.xhtml                           | 302 200 200 200 200 200 200
      GET /evaluation/list.xhtml                           | 302 200 200 200 200 200 200
      GET /evaluation/view.xhtml                           | 302 404 404 404 404 404 404
      GET /forms/access/list.xhtml                         | 302 200 200 200 200 200 200
      GET /forms/access/request.xhtml                      | 302 200 200 200 200 200 200
      GET /forms/access/review.xhtml                       | 302 200 200 200 200 200 200
      GET /forms/account/list.xhtml                        | 302 200 200 200 200 200 200
      GET /forms/account/request.xhtml                     | 302 200 200 200 200 200 200
      GET /forms/account/view.xhtml                        | 302 200 200 200 200 200 200
      GET /forms/availability.xhtml                        | 302 200 200 200 200 200 200
      GET /forms/inbox.xhtml                               | 302 200 200 200 200 200 200
      GET /forms/mine.xhtml                                | 302 200 200 200 200 200 200
      GET /forms/new.xhtml                                 | 302 200 200 200 200 200 200
      GET /forms/plans/list.xhtml                          | 302 200 200 200 200 200 200
      GET /forms/plans/view.xhtml                          | 302 200 200 200 200 200 200
      GET /forms/register.xhtml                            | 302 200 200 200 200 200 200
      GET /forms/spec/f06.xhtml                            | 302 200 200 200 200 200 200
      GET /forms/spec/f07.xhtml                            | 302 200 200 200 200 200 200
      GET /forms/spec/view.xhtml                           | 302 200 200 200 200 200 200
      GET /forms/summary/view.xhtml                        | 302 200 200 200 200 200 200
      GET /forms/view.xhtml                                | 302 200 200 200 200 200 200
      GET /index.xhtml                                     | 302 200 200 200 200 200 200
      GET /login.xhtml                                     | 200 200 200 200 200 200 200
      GET /notifications.xhtml                             | 302 200 200 200 200 200 200
      GET /organization/chart.xhtml                        | 302 200 200 200 200 200 200
      GET /organization/directory.xhtml                    | 302 200 200 200 200 200 200
      GET /organization/duties.xhtml                       | 302 200 200 200 200 200 200
      GET /organization/import.xhtml                       | 302 200 200 200 200 200 200
      GET /organization/office.xhtml                       | 302 200 200 200 200 200 200
      GET /organization/order.xhtml                        | 302 404 404 404 404 404 404
      GET /organization/orders.xhtml                       | 302 200 200 200 200 200 200
      GET /organization/person.xhtml                       | 302 404 404 404 404 404 404
      GET /organization/processes.xhtml                    | 302 200 200 200 200 200 200
      GET /organization/staff.xhtml                        | 302 200 200 200 200 200 200
      GET /organization/style.xhtml                        | 302 200 200 200 200 200 200
      GET /public/evaluation.xhtml                         | 404 404 404 404 404 404 404
      GET /records/improvement.xhtml                       | 302 200 200 200 200 200 200
      GET /records/improvements.xhtml                      | 302 200 200 200 200 200 200
      GET /records/round.xhtml                             | 302 200 200 200 200 200 200
      GET /records/rounds.xhtml                            | 302 200 200 200 200 200 200
      GET /records/studies.xhtml                           | 302 200 200 200 200 200 200
      GET /records/study.xhtml                             | 302 200 200 200 200 200 200
      GET /reports/process.xhtml                           | 302 200 200 200 200 200 200
      GET /reports/processes.xhtml                         | 302 200 200 200 200 200 200
      GET /reports/yearly.xhtml                            | 302 200 200 200 200 200 200
      GET /traffic/extensions.xhtml                        | 302 200 200 200 200 200 200
      GET /traffic/search.xhtml                            | 302 200 200 200 200 200 200
      GET /traffic/verify.xhtml                            | 302 200 200 200 200 200 200
      """;

  private static final URI BASE = Deployed.base();
  private static final Map<String, String> PARAMS = Map.of("id", "999999999", "code", "F01", "year", "2569",
      "number", "1", "assetId", "999999999", "editionId", "999999999");

  private static Map<String, String> accounts() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("anonymous", null);
    m.put("staff", "probe-staff");
    m.put("ict-officer", "khwansiri");
    m.put("unit-director", "somchai");
    m.put("director", "director");
    m.put("auditor", "sinlapachai");
    m.put("org-admin", "wiparat");
    return m;
  }

  static Map<String, List<Integer>> table() {
    Map<String, List<Integer>> rows = new LinkedHashMap<>();
    for (String line : TABLE.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
      String[] parts = line.split("\\|");
      List<Integer> statuses = Stream.of(parts[1].trim().split("\\s+")).map(Integer::valueOf).toList();
      if (statuses.size() != ROLES.size()) {
        throw new AssertionError("row needs " + ROLES.size() + " statuses: " + line);
      }
      if (rows.put(parts[0].trim().replaceAll("\\s+", " "), statuses) != null) {
        throw new AssertionError("two rows for " + parts[0].trim());
      }
    }
    return rows;
  }

  @Test
  void everyApiOperationAndEveryPageHasARowAndEveryRoleGetsWhatItSays() throws Exception {
    Map<String, List<Integer>> table = table();
    List<String> operations = apiOperations();
    List<String> pages = pages();
    List<String> problems = new ArrayList<>();
    for (String op : operations) {
      if (!table.containsKey(op)) {
        problems.add("no row for the API operation " + op);
      }
    }
    for (String page : pages) {
      if (!table.containsKey("GET " + page)) {
        problems.add("no row for the page " + page);
      }
    }
    for (String row : table.keySet()) {
      if (!operations.contains(row) && !pages.contains(row.substring(4))) {
        problems.add("a row for something that no longer exists: " + row);
      }
    }
    for (int r = 0; r < ROLES.size(); r++) {
      String role = ROLES.get(r);
      Caller caller = new Caller(ACCOUNT.get(role));
      for (String op : operations) {
        List<Integer> expected = table.get(op);
        if (expected == null) {
          continue;
        }
        int got = caller.api(op);
        if (got != expected.get(r)) {
          problems.add(op + " as " + role + ": expected " + expected.get(r) + ", got " + got);
        }
      }
      for (String page : pages) {
        List<Integer> expected = table.get("GET " + page);
        if (expected == null) {
          continue;
        }
        int got = caller.page(page);
        if (got != expected.get(r)) {
          problems.add("GET " + page + " as " + role + ": expected " + expected.get(r) + ", got " + got);
        }
      }
    }
    assertTrue(problems.isEmpty(), problems.size() + " differences:\n" + String.join("\n", problems));
  }

  /** "METHOD /api/path" of every operation the OpenAPI document lists. */
  static List<String> apiOperations() throws IOException, InterruptedException {
    HttpClient c = HttpClient.newHttpClient();
    String json = c.send(HttpRequest.newBuilder(BASE.resolve("openapi")).header("Accept", "application/json").build(),
        HttpResponse.BodyHandlers.ofString()).body();
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) Rest.map(json).get("paths");
    List<String> ops = new ArrayList<>();
    paths.forEach((path, item) -> item.keySet().stream()
        .filter(m -> List.of("get", "post", "put", "delete", "patch").contains(m))
        .forEach(m -> ops.add(m.toUpperCase() + " " + path)));
    return ops;
  }

  /** Every page of the web module ("/forms/inbox.xhtml"), WEB-INF and resources aside. */
  static List<String> pages() throws IOException {
    Path webapp = Path.of(System.getProperty("ict.it.webapp", "../web/src/main/webapp"));
    try (Stream<Path> files = Files.walk(webapp)) {
      return files.filter(p -> p.toString().endsWith(".xhtml"))
          .map(p -> "/" + webapp.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
          .collect(Collectors.toCollection(TreeSet::new)).stream().toList();
    }
  }

  /** One role: Basic for the API, a signed-in page session for the pages. */
  static final class Caller {
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private final String uid;
    private final HttpClient api = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final HttpClient pages = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .cookieHandler(new CookieManager()).build();
    private boolean signedIn;

    Caller(String uid) {
      this.uid = uid;
    }

    int api(String operation) throws IOException, InterruptedException {
      String method = operation.substring(0, operation.indexOf(' '));
      String path = operation.substring(method.length() + 1);
      Matcher m = Pattern.compile("\\{(\\w+)}").matcher(path);
      StringBuilder concrete = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(concrete, PARAMS.getOrDefault(m.group(1), "999999999"));
      }
      m.appendTail(concrete);
      HttpRequest.Builder b = HttpRequest.newBuilder(BASE.resolve(concrete.substring(1))).timeout(Duration.ofSeconds(120));
      if (uid != null) {
        b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((uid + ":demo").getBytes(StandardCharsets.UTF_8)));
      }
      if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
        b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("{"));
      } else {
        b.method(method, HttpRequest.BodyPublishers.noBody());
      }
      return api.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    int page(String page) throws IOException, InterruptedException {
      if (uid != null && !signedIn) {
        String login = get("login.xhtml").body();
        Matcher vs = VIEW_STATE.matcher(login);
        assertTrue(vs.find(), "the login page has a view state");
        Matcher nonce = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(login);
        assertTrue(nonce.find(), "the login page has PrimeFaces' CSP nonce");
        String form = Map.of("login", "login", "login:uid", uid, "login:password", "demo", "login:submit", "",
            "jakarta.faces.ViewState", vs.group(1), "primefaces.nonce", nonce.group(1)).entrySet().stream()
            .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
        int status = pages.send(HttpRequest.newBuilder(BASE.resolve("login.xhtml"))
            .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode();
        assertTrue(status == 302, uid + " signs in: " + status);
        signedIn = true;
      }
      return get(page.substring(1)).statusCode();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
      return pages.send(HttpRequest.newBuilder(BASE.resolve(path)).timeout(Duration.ofSeconds(120)).GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
  }
}
