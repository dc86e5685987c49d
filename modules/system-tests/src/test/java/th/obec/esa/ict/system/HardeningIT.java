package th.obec.esa.ict.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 checked from outside, over HTTP: the security headers and no versions, the session
 * cookie's flags, /api refusing the page session's cookie and making no session of its own, the
 * API's one error format (problem+json, 400 for malformed input, 404 for an unknown id), the
 * sign-in throttle (429 with Retry-After), and page parameters that answer 404/400 instead of 500.
 */
class HardeningIT {

  private static final URI BASE = Deployed.base();
  private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(10)).build();

  /**
   * Issue 16: our style sheet is linked with a version of its contents, so it and PrimeFaces'
   * scripts may be kept a year; both come gzip-compressed to a client that asks; a page does not
   * (its view state next to echoed input is what a compression side channel needs).
   */
  @Test
  void versionedStylesAndScriptsAreKeptAYearAndCompressedButPagesAreNot() throws Exception {
    // HTTP/1.1 as a browser speaks it to a plain-HTTP server (Java's client would try an h2c upgrade)
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    HttpResponse<String> login = client.send(HttpRequest.newBuilder(BASE.resolve("login.xhtml"))
        .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, login.statusCode());
    assertTrue(login.headers().firstValue("Content-Encoding").isEmpty(), "a page is not compressed");
    java.util.regex.Matcher css = java.util.regex.Pattern.compile("href=\"(/[^\"]*app\\.css[^\"]*\\?v=[0-9a-f]{12})\"")
        .matcher(login.body());
    assertTrue(css.find(), "app.css is linked with the digest of its contents");
    java.util.regex.Matcher js = java.util.regex.Pattern.compile("src=\"(/[^\"]*core\\.js[^\"]*v=[^\"]+)\"")
        .matcher(login.body());
    assertTrue(js.find(), "PrimeFaces' core script with its version");
    for (String path : List.of(css.group(1), js.group(1).replace("&amp;", "&"))) {
      HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(BASE.resolve(path)).header("Accept-Encoding", "gzip")
          .build(), HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, r.statusCode(), path);
      assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(null), path);
      assertTrue(r.headers().firstValue("Cache-Control").orElse("").contains("max-age=31536000"),
          path + ": " + r.headers().map());
      try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(r.body()))) {
        assertTrue(in.readAllBytes().length > r.body().length, path + " is really compressed");
      }
    }
  }

  @Test
  void pagesCarryTheSecurityHeadersAndNoVersions() throws Exception {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(BASE.resolve("login.xhtml")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("script-src 'self' 'nonce-"), "PrimeFaces' CSP with its nonce: " + csp);
    assertTrue(csp.contains("frame-ancestors 'self'"), csp);
    assertEquals(1, r.headers().allValues("Content-Security-Policy").size(), "one policy, not two");
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
    assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(null));
    noVersions(r);
    // the page's scripts carry the nonce of the header
    String nonce = csp.replaceAll(".*'nonce-([^']+)'.*", "$1");
    assertTrue(r.body().contains("nonce=\"" + nonce + "\""), "scripts carry the nonce");
    String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst()
        .orElseThrow(() -> new AssertionError("the login page opens a session: " + r.headers().map()));
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
    assertEquals(1, cookie.split("(?i)samesite", -1).length - 1, "SameSite once, not twice: " + cookie);
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyApiOperationDocumentsItsErrorsAsTheOneProblemSchema() throws Exception {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(BASE.resolve("openapi"))
        .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    Map<String, Object> doc = Rest.map(r.body());
    Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("schemas");
    Map<String, Object> problem = (Map<String, Object>) schemas.get("Problem");
    assertNotNull(problem, "components/schemas/Problem");
    assertTrue(((Map<String, Object>) problem.get("properties")).keySet()
        .containsAll(List.of("type", "title", "status", "detail", "instance")), problem.toString());
    Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
    List<String> wrong = new java.util.ArrayList<>();
    int operations = 0;
    for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
      for (Map.Entry<String, Object> op : path.getValue().entrySet()) {
        if (!List.of("get", "post", "put", "delete", "patch").contains(op.getKey())) {
          continue;
        }
        operations++;
        String name = op.getKey().toUpperCase() + " " + path.getKey();
        Map<String, Object> responses = (Map<String, Object>) ((Map<String, Object>) op.getValue()).get("responses");
        if (responses == null || responses.keySet().stream().noneMatch(code -> code.startsWith("4"))) {
          wrong.add(name + ": no 4xx answer documented");
          continue;
        }
        for (Map.Entry<String, Object> answer : responses.entrySet()) {
          if (!answer.getKey().startsWith("4") && !answer.getKey().startsWith("5")) {
            continue;
          }
          Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) answer.getValue()).get("content");
          Object media = content == null ? null : content.get("application/problem+json");
          Object ref = media == null ? null : ((Map<String, Object>) ((Map<String, Object>) media).get("schema")).get("$ref");
          if (!"#/components/schemas/Problem".equals(ref) || content.size() != 1) {
            wrong.add(name + " " + answer.getKey() + ": " + content);
          }
        }
      }
    }
    assertTrue(operations > 100, "the document lists the API: " + operations);
    assertTrue(wrong.isEmpty(), wrong.size() + " answers not documented as Problem:\n" + String.join("\n", wrong));
  }

  @Test
  void apiAnswersCarryTheHeadersTooAndProblemJsonForAMissingSignIn() throws Exception {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(BASE.resolve("api/me")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(401, r.statusCode());
    assertProblem(r, 401);
    assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
    noVersions(r);
  }

  @Test
  void theApiRefusesThePageSessionCookieAndBasicCallsMakeNoSession() throws Exception {
    Http http = new Http(BASE);
    String login = http.get("login.xhtml").body();
    HttpResponse<String> signedIn = http.postForm("login.xhtml", Map.of(
        "login", "login", "login:uid", "nanphat", "login:password", "demo",
        "login:submit", "", "jakarta.faces.ViewState", Http.viewState(login)));
    assertEquals(302, signedIn.statusCode(), "signed in on the page");
    assertEquals(200, http.get("index.xhtml").statusCode(), "the cookie works for pages");
    HttpResponse<String> api = http.get("api/me");
    assertEquals(401, api.statusCode(), "the page's cookie alone does not sign in to /api");
    assertProblem(api, 401);

    HttpResponse<String> basic = http.getBasic("api/me", "khwansiri", "demo");
    assertEquals(200, basic.statusCode());
    assertTrue(basic.headers().allValues("Set-Cookie").isEmpty(), "no session for a Basic call: " + basic.headers().map());
  }

  @Test
  void malformedInputAnswers400ProblemJsonAndAnUnknownId404() throws Exception {
    Rest rest = Rest.as(BASE, "khwansiri");
    HttpResponse<String> broken = rest.post("api/forms/submissions", "{\"form\": \"F04\", ");
    assertProblem(broken, 400);
    HttpResponse<String> unknownForm = rest.post("api/forms/submissions", "{\"form\":\"F99\",\"subject\":\"x\"}");
    assertProblem(unknownForm, 400);
    assertEquals("form", Rest.map(unknownForm.body()).get("field"), unknownForm.body());
    HttpResponse<String> wrongType = rest.post("api/forms/submissions", "{\"form\":[1,2]}");
    assertProblem(wrongType, 400);
    HttpResponse<String> month = rest.get("api/forms/summary?month=xx");
    assertProblem(month, 400);
    HttpResponse<String> missing = rest.get("api/forms/submissions/99999999");
    assertProblem(missing, 404);
    String detail = String.valueOf(Rest.map(missing.body()).get("detail"));
    assertTrue(detail.contains("99999999") && !detail.contains("99,999,999"), detail);
    HttpResponse<String> noSuchPath = rest.get("api/no-such-thing");
    assertProblem(noSuchPath, 404);
  }

  @Test
  void aFormPostFromAnotherSiteIsRefusedOnTheApi() throws Exception {
    String token = Base64.getEncoder().encodeToString("khwansiri:demo".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(BASE.resolve("api/forms/register"))
        .header("Authorization", "Basic " + token).header("Origin", "http://evil.example")
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("a,b")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertProblem(r, 403);
  }

  @Test
  void afterFiveWrongPasswordsTheSixthAttemptIsThrottledEvenWithTheRightOne() throws Exception {
    String uid = "probe-throttle-api";
    Http http = new Http(BASE);
    for (int i = 0; i < 5; i++) {
      assertEquals(401, http.getBasic("api/me", uid, "wrong-" + i).statusCode());
    }
    HttpResponse<String> sixth = http.getBasic("api/me", uid, "demo");
    assertProblem(sixth, 429);
    long retry = Long.parseLong(sixth.headers().firstValue("Retry-After").orElse("0"));
    assertTrue(retry > 0 && retry <= 15 * 60, "Retry-After " + retry);
  }

  @Test
  void theLoginPageSaysWhenToTryAgain() throws Exception {
    Http http = new Http(BASE);
    String page = http.get("login.xhtml").body();
    HttpResponse<String> r = null;
    for (int i = 0; i < 6; i++) {
      r = http.postForm("login.xhtml", Map.of("login", "login", "login:uid", "probe-throttle-web",
          "login:password", i < 5 ? "wrong" : "demo", "login:submit", "", "jakarta.faces.ViewState",
          Http.viewState(page)));
      page = r.body();
    }
    assertNotNull(r);
    assertEquals(429, r.statusCode());
    assertTrue(r.headers().firstValue("Retry-After").isPresent());
    assertTrue(r.body().contains("กรุณาลองใหม่อีกครั้งในอีก"), "the page says when to try again");
  }

  @Test
  void malformedOrUnknownPageParametersAnswer404Not500() throws Exception {
    Http http = new Http(BASE);
    String login = http.get("login.xhtml").body();
    http.postForm("login.xhtml", Map.of("login", "login", "login:uid", "khwansiri", "login:password", "demo",
        "login:submit", "", "jakarta.faces.ViewState", Http.viewState(login)));
    for (String path : List.of("organization/order.xhtml?id=abc", "organization/order.xhtml?id=999999",
        "organization/order.xhtml")) {
      HttpResponse<String> r = http.get(path);
      assertTrue(r.statusCode() == 404 || r.statusCode() == 400, path + " → " + r.statusCode());
    }
  }

  @Test
  void aFormPostWithoutThePagesNonceAnswers400NotA500() throws Exception {
    // what a forged post or a tampering scanner sends: the view state, but not the page's CSP nonce
    // (the login page re-rendered for a wrong password needs it: PrimeFaces refuses without)
    HttpClient plain = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    String page = plain.send(HttpRequest.newBuilder(BASE.resolve("login.xhtml")).GET().build(),
        HttpResponse.BodyHandlers.ofString()).body();
    String form = "login=login&login%3Auid=probe-staff&login%3Apassword=wrong&login%3Asubmit=&jakarta.faces.ViewState="
        + java.net.URLEncoder.encode(Http.viewState(page), StandardCharsets.UTF_8);
    HttpResponse<String> r = plain.send(HttpRequest.newBuilder(BASE.resolve("login.xhtml"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(400, r.statusCode(), "refused as the client's mistake, not a fault");
  }

  /**
   * No page changes data on GET (Deliver 2): the page actions run on GET only read (audited by
   * reading every f:viewAction and @PostConstruct of the web module), and a GET that carries
   * action-like parameters, JSF's own postback parameters included, leaves a filed request exactly
   * as it was.
   */
  @Test
  void aGetOfAPageWithMutatingParametersChangesNothing() throws Exception {
    Rest staff = Rest.as(BASE, "somchai");
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("form", "F03");
    body.put("subject", "แจ้งซ่อม GET-" + Fixtures.unique());
    body.put("body", "ขอให้ซ่อม");
    body.put("amount", 800);
    body.put("describedItem", "เครื่องพิมพ์เลเซอร์");
    body.put("location", "ห้องประชุม");
    body.put("symptoms", "กระดาษติด");
    long id = ((Number) staff.postOk("api/forms/submissions", body).get("id")).longValue();
    String before = staff.get("api/forms/submissions/" + id).body();

    Http officer = new Http(BASE);
    String login = officer.get("login.xhtml").body();
    assertEquals(302, officer.postForm("login.xhtml", Map.of("login", "login", "login:uid", "khwansiri",
        "login:password", "demo", "login:submit", "", "jakarta.faces.ViewState", Http.viewState(login))).statusCode());
    String mutating = "id=" + id + "&action=approve&decision=APPROVED&state=APPROVED&delete=true&confirm=yes"
        + "&assignee=khwansiri&jakarta.faces.source=approve&jakarta.faces.partial.ajax=true"
        + "&jakarta.faces.partial.execute=%40all&jakarta.faces.ViewState=stateless";
    for (String page : List.of("forms/view.xhtml", "forms/inbox.xhtml", "forms/mine.xhtml", "index.xhtml",
        "forms/account/view.xhtml", "forms/spec/view.xhtml")) {
      HttpResponse<String> r = officer.get(page + "?" + mutating);
      assertTrue(r.statusCode() < 500, page + " → " + r.statusCode());
      HttpResponse<String> plain = officer.get(page + "?" + mutating.replace("&jakarta.faces.ViewState=stateless", ""));
      assertTrue(plain.statusCode() < 500, page + " → " + plain.statusCode());
    }
    assertEquals(before, staff.get("api/forms/submissions/" + id).body(), "the request is exactly as it was");
  }

  private static void noVersions(HttpResponse<String> r) {
    String server = r.headers().firstValue("Server").orElse("");
    String powered = String.join(" ", r.headers().allValues("X-Powered-By"));
    assertFalse(server.matches(".*\\d.*") || server.contains("Payara"), "Server: " + server);
    assertFalse(powered.matches(".*\\d.*") || powered.contains("Payara"), "X-Powered-By: " + powered);
  }

  static void assertProblem(HttpResponse<String> r, int status) {
    assertEquals(status, r.statusCode(), r.body());
    String type = r.headers().firstValue("Content-Type").orElse("");
    assertTrue(type.startsWith("application/problem+json"), "problem+json, not " + type + ": " + r.body());
    Map<String, Object> p = Rest.map(r.body());
    assertEquals((long) status, ((Number) p.get("status")).longValue(), r.body());
    assertNotNull(p.get("detail"), r.body());
    assertFalse(r.body().contains("at th.obec") || r.body().contains("Exception"), "no stack trace: " + r.body());
  }

  static HttpResponse<String> send(HttpClient c, HttpRequest req) throws IOException, InterruptedException {
    return c.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
