package th.obec.esa.ict.system;

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
import org.openqa.selenium.json.Json;

/**
 * REST calls with HTTP Basic as one of the demo accounts (password "demo"), or as an account of
 * another directory with its own password, JSON in and out. The
 * JSON is read with Selenium's own reader, so the tests need no other library.
 */
final class Rest {

  private static final Json JSON = new Json();

  private final URI base;
  private final String user;
  private final String password;
  private final String language;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private Rest(URI base, String user, String password, String language) {
    this.base = base;
    this.user = user;
    this.password = password;
    this.language = language;
  }

  static Rest as(URI base, String user) {
    return new Rest(base, user, "demo", "th");
  }

  /** An account of another directory than the demo's, with its password. */
  static Rest as(URI base, String user, String password) {
    return new Rest(base, user, password, "th");
  }

  /** The same caller asking for English messages. */
  Rest english() {
    return new Rest(base, user, password, "en");
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
    return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> post(String path, Object body) throws IOException, InterruptedException {
    String json = body instanceof String s ? s : JSON.toJson(body);
    return client.send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Any method with a body of any type (a CSV file, a PUT, a DELETE with a reason). */
  HttpResponse<String> send(String method, String path, String contentType, byte[] body)
      throws IOException, InterruptedException {
    return client.send(request(path).header("Content-Type", contentType)
        .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** The body of a 2xx answer as a map, failing with the body otherwise. */
  Map<String, Object> postOk(String path, Object body) throws IOException, InterruptedException {
    HttpResponse<String> r = post(path, body);
    if (r.statusCode() / 100 != 2) {
      throw new AssertionError("POST " + path + " as " + user + " → " + r.statusCode() + ": " + r.body());
    }
    return map(r.body());
  }

  Map<String, Object> getOk(String path) throws IOException, InterruptedException {
    return map(ok(path));
  }

  List<Object> getList(String path) throws IOException, InterruptedException {
    return list(ok(path));
  }

  private String ok(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = get(path);
    if (r.statusCode() != 200) {
      throw new AssertionError("GET " + path + " as " + user + " → " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(String json) {
    return JSON.toType(json, Map.class);
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(String json) {
    return JSON.toType(json, List.class);
  }

  private HttpRequest.Builder request(String path) {
    String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + token).header("Accept-Language", language);
  }
}
