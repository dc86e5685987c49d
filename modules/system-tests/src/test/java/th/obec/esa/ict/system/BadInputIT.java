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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The bad-input corpus: every POST and PUT operation of {@code /api} (from {@code /openapi}) gets
 * bodies no operation can accept (malformed JSON, no body, values of the wrong type at the top,
 * 10,000-character Thai text, zero-width characters, negative and huge numbers, a C.E. date where
 * B.E. is expected), as an ICT officer and as plain staff. Each answer must be a 4xx
 * {@code application/problem+json} without a stack trace; and for the forms, where a caller can
 * count their own requests, nothing was stored. Then field by field: well-formed requests with one
 * bad value (wrong type, unknown enum value, 10,000 Thai characters, zero-width text, negative and
 * huge numbers, a C.E. year where B.E. is expected).
 */
class BadInputIT {

  private static final URI BASE = Deployed.base();
  private static final String THAI_10K = "ก".repeat(10_000);

  @RegisterExtension
  final Browsers browsers = new Browsers();

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

  /**
   * Faces' own messages (a required field left empty) next to the field, reworded in Thai and in
   * English: they come from the web module's {@code jakarta/faces/Messages_th} and
   * {@code Messages_en}, which only the deployed EAR proves are found before Mojarra's own.
   */
  @Test
  void anEmptyRequiredFieldIsNamedNextToItInThaiAndInEnglish() throws Exception {
    Ui ui = browsers.signIn("nanphat").open("delegation/absences.xhtml");
    ui.click(By.id("absences:record"));
    ui.waitText(By.id("absences"), "กรุณากรอก");
    ui.click(By.id("userForm:en"));
    ui.visible(By.cssSelector("html[lang='en']"));
    ui.click(By.id("absences:record"));
    ui.waitText(By.id("absences"), "Please fill in");
    ui.screenshot("faces-required-message-en.png");
    assertTrue(!ui.text(By.id("absences")).contains("Validation Error"), "Mojarra's own wording");
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

  /** A well-formed F03 repair request of probe-staff, marked so that the test finds only its own. */
  private static Map<String, Object> repair(String marker) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("form", "F03");
    body.put("subject", "แจ้งซ่อม " + marker);
    body.put("body", "ขอให้ซ่อมเครื่องพิมพ์");
    body.put("describedItem", "เครื่องพิมพ์เลเซอร์");
    body.put("location", "ห้องประชุม");
    body.put("symptoms", "กระดาษติด");
    // where another test's delegation puts a ceiling on repairs, a repair must carry its cost
    body.put("amount", 800);
    return body;
  }

  /**
   * Deliver 8(b) field by field: a request that is right except for one value, for the operation
   * that files requests (the forms) and the one that creates an evaluation. Each refusal is a 4xx
   * problem naming the field and stores nothing (the caller's own list has no request with that
   * marker); where the value is allowed (a long Thai body within the limit, a zero-width joiner
   * inside real text) the answer is 201 and the text is stored exactly as sent.
   */
  @Test
  void oneBadFieldInAnOtherwiseGoodRequestIsRefusedAndNothingIsStored() throws Exception {
    Rest staff = Rest.as(BASE, "somchai");
    Map<String, Object> variants = new LinkedHashMap<>();
    variants.put("form: unknown enum value", Map.of("form", "F99"));
    variants.put("form: a number", Map.of("form", 3));
    variants.put("form: lower case", Map.of("form", "f03"));
    variants.put("amount: a word", Map.of("amount", "หนึ่งพันบาท"));
    variants.put("amount: negative", Map.of("amount", -500));
    variants.put("amount: huge", Map.of("amount", new java.math.BigDecimal("1e30")));
    variants.put("amount: 10^999999999", Map.of("amount", new java.math.BigDecimal("1e999999999")));
    variants.put("amount: fractions of a satang", Map.of("amount", new java.math.BigDecimal("10.125")));
    variants.put("subject: 10,000 Thai characters", Map.of("subject", THAI_10K));
    variants.put("subject: zero-width characters only", Map.of("subject", "\u200b\u200c\u200d\ufeff"));
    variants.put("subject: an object", Map.of("subject", Map.of("th", "x")));
    variants.put("body: 10,000 Thai characters", Map.of("body", THAI_10K));
    variants.put("subject: missing", Map.of("subject", "<absent>"));
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Object> v : variants.entrySet()) {
      String marker = "BAD-" + Fixtures.unique();
      Map<String, Object> body = repair(marker);
      @SuppressWarnings("unchecked")
      Map<String, Object> change = (Map<String, Object>) v.getValue();
      change.forEach((k, val) -> {
        if ("<absent>".equals(val)) {
          body.remove(k);
        } else {
          body.put(k, val);
        }
      });
      // where the subject is what is tested, the marker cannot travel in it: then no own request may
      // have the subject sent (no other test sends these subjects; somchai's list is shared with them)
      Object sentSubject = body.get("subject");
      boolean marked = String.valueOf(sentSubject).contains(marker);
      HttpResponse<String> r = staff.post("api/forms/submissions", body);
      String type = r.headers().firstValue("Content-Type").orElse("");
      if (r.statusCode() < 400 || r.statusCode() >= 500 || !type.startsWith("application/problem+json")) {
        problems.add(v.getKey() + " → " + r.statusCode() + " " + type + " " + r.body().substring(0, Math.min(200, r.body().length())));
      }
      if (marked ? staff.get("api/forms/submissions").body().contains(marker)
          : staff.getList("api/forms/submissions").stream()
              .anyMatch(s -> java.util.Objects.equals(((Map<?, ?>) s).get("subject"), sentSubject))) {
        problems.add(v.getKey() + ": a request was stored");
      }
    }
    assertTrue(problems.isEmpty(), problems.size() + " wrong:\n" + String.join("\n", problems));

    // allowed: long Thai text within the limit and a zero-width joiner inside real words, stored intact
    String marker = "OK-" + Fixtures.unique();
    Map<String, Object> good = repair(marker);
    String longBody = "ก".repeat(7_990) + "\u200b";
    String subject = "แจ้งซ่อม\u200dเครื่อง " + marker;
    good.put("body", longBody);
    good.put("subject", subject);
    Map<String, Object> saved = staff.postOk("api/forms/submissions", good);
    Map<String, Object> read = staff.getOk("api/forms/submissions/" + ((Number) saved.get("id")).longValue());
    assertEquals(subject, read.get("subject"), "the subject is stored as sent");
    assertEquals(longBody.strip(), read.get("body"), "the long Thai body is stored whole");
  }

  @Test
  void anEvaluationWithACommonEraOrImpossibleFiscalYearIsRefusedAndNotStored() throws Exception {
    Rest officer = Rest.as(BASE, "khwansiri");
    Map<String, Object> years = new LinkedHashMap<>();
    years.put("C.E. year", Fixtures.today().getYear());
    years.put("negative", -2569);
    years.put("huge", new java.math.BigDecimal("99999999999999999999"));
    years.put("a fraction", 2569.5);
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Object> y : years.entrySet()) {
      String title = "ประเมิน BAD-" + Fixtures.unique();
      Map<String, Object> input = new LinkedHashMap<>();
      input.put("form", "F22");
      input.put("title", title);
      input.put("fiscalYear", y.getValue());
      input.put("subject", "ระบบจัดเก็บข้อมูลนักเรียนรายบุคคล (DMC)");
      input.put("groups", List.of("OFFICE_STAFF"));
      input.put("sections", List.of(Map.of("title", "ด้านคุณภาพของข้อมูล", "items", List.of("ข้อมูลถูกต้องครบถ้วน"))));
      input.put("openQuestions", List.of());
      HttpResponse<String> r = officer.post("api/evaluations", input);
      String type = r.headers().firstValue("Content-Type").orElse("");
      if (r.statusCode() < 400 || r.statusCode() >= 500 || !type.startsWith("application/problem+json")) {
        problems.add(y.getKey() + " → " + r.statusCode() + " " + type + " " + r.body().substring(0, Math.min(200, r.body().length())));
      }
      if (officer.get("api/evaluations").body().contains(title)) {
        problems.add(y.getKey() + ": an evaluation was stored");
      }
    }
    assertTrue(problems.isEmpty(), problems.size() + " wrong:\n" + String.join("\n", problems));
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }
}
