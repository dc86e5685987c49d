package th.obec.esa.ict.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bad-input corpus: every POST and PUT operation of {@code /api} (from {@code /openapi}) gets
 * bodies no operation can accept (malformed JSON, no body, values of the wrong type at the top,
 * 10,000-character Thai text, zero-width characters, negative and huge numbers, a C.E. date where
 * B.E. is expected), as an ICT officer and as plain staff. Each answer must be a 4xx
 * {@code application/problem+json} without a stack trace; and for the forms, where a caller can
 * count their own requests, nothing was stored.
 */
class BadInputIT {

  private static final URI BASE = Deployed.base();
  private static final String THAI_10K = "ก".repeat(10_000);

  static Map<String, String> corpus() {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("malformed JSON", "{\"form\": \"F04\", ");
    c.put("no body", "");
    c.put("an array where an object belongs", "[1,2,3]");
    c.put("a string where an object belongs", "\"" + THAI_10K + "\"");
    c.put("a negative number", "-1");
    c.put("a huge number", "1e400");
    c.put("zero-width characters", "\u200b\u200c\u200d\ufeff");
    c.put("a C.E. date string", "\"2026-12-04\"");
    c.put("unknown enum and wrong types", "{\"form\":\"F99\",\"amount\":\"lots\",\"from\":\"2569-13-45\",\"submit\":\"yes\"}");
    c.put("Thai 10,000 characters in a wrong-typed object", "{\"subject\":[\"" + THAI_10K + "\"],\"form\":{}}");
    c.put("negative and huge ids", "{\"assetId\":-1,\"assetIds\":[99999999999999999999999],\"form\":\"F04\",\"from\":\"2026-13-01\"}");
    return c;
  }

  @Test
  void everyPostAndPutAnswersProblemJson4xxToEveryBadBody() throws Exception {
    List<String> operations = AccessMatrixIT.apiOperations().stream()
        .filter(op -> op.startsWith("POST ") || op.startsWith("PUT ")).toList();
    assertTrue(operations.size() > 20, "the OpenAPI document lists the operations: " + operations.size());
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    List<String> problems = new ArrayList<>();
    for (String user : List.of("khwansiri", "probe-staff")) {
      for (String op : operations) {
        String method = op.substring(0, op.indexOf(' '));
        String path = op.substring(method.length() + 2).replaceAll("\\{[^}]+}", "999999999");
        for (Map.Entry<String, String> bad : corpus().entrySet()) {
          HttpResponse<String> r = client.send(HttpRequest.newBuilder(BASE.resolve(path))
              .timeout(Duration.ofSeconds(120))
              .header("Authorization", basic(user)).header("Content-Type", "application/json")
              .method(method, HttpRequest.BodyPublishers.ofString(bad.getValue(), StandardCharsets.UTF_8)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
          String type = r.headers().firstValue("Content-Type").orElse("");
          if (r.statusCode() < 400 || r.statusCode() >= 500 || !type.startsWith("application/problem+json")
              || r.body().contains("Exception")) {
            problems.add(op + " as " + user + " with " + bad.getKey() + " → " + r.statusCode() + " " + type + " "
                + r.body().substring(0, Math.min(200, r.body().length())));
          }
        }
      }
    }
    assertTrue(problems.isEmpty(), problems.size() + " bad answers:\n" + String.join("\n", problems));
  }

  @Test
  void noBadBodyStoresARequest() throws Exception {
    Rest rest = Rest.as(BASE, "probe-staff");
    int before = rest.getList("api/forms/submissions").size();
    for (String bad : corpus().values()) {
      HttpResponse<String> r = rest.post("api/forms/submissions", bad);
      HardeningIT.assertProblem(r, r.statusCode());
      assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
    }
    assertEquals(before, rest.getList("api/forms/submissions").size(), "nothing was stored");
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }
}
