package th.obec.esa.ict.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A small HTTP client with its own cookies (one browser session), following no redirects. */
final class Http {

  private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  /** PrimeFaces' CSP mode: a post carries the nonce of the page it came from, as the browser's script sends it. */
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  private final URI base;
  private final HttpClient client;
  private String nonce;

  Http(URI base) {
    this.base = base;
    this.client = HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  HttpResponse<String> getBasic(String path, String user, String password) throws IOException, InterruptedException {
    String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Basic " + token).GET());
  }

  HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
    Map<String, String> all = new java.util.LinkedHashMap<>(fields);
    if (nonce != null) {
      all.putIfAbsent("primefaces.nonce", nonce);
    }
    String body = all.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A session signed in through the login form as a demo account, as a person signs in. */
  static Http signedIn(URI base, String uid) throws IOException, InterruptedException {
    return signedIn(base, uid, "demo");
  }

  /** A session signed in through the login form with the account's own password. */
  static Http signedIn(URI base, String uid, String password) throws IOException, InterruptedException {
    Http http = new Http(base);
    String login = http.get("login.xhtml").body();
    HttpResponse<String> r = http.postForm("login.xhtml", Map.of(
        "login", "login", "login:uid", uid, "login:password", password,
        "login:submit", "", "jakarta.faces.ViewState", viewState(login)));
    if (r.statusCode() != 302) {
      throw new AssertionError(uid + " does not sign in: " + r.statusCode());
    }
    return http;
  }

  static String viewState(String html) {
    Matcher m = VIEW_STATE.matcher(html);
    if (!m.find()) {
      throw new AssertionError("no jakarta.faces.ViewState in the page");
    }
    return m.group(1);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> r = client.send(request.timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    Matcher m = NONCE.matcher(r.body());
    if (m.find()) {
      nonce = m.group(1);
    }
    return r;
  }
}
