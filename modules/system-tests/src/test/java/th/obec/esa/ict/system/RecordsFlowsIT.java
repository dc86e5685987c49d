package th.obec.esa.ict.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.json.Json;

/**
 * The records flows through the deployed EAR, in the style of {@link FormsFlowsIT}: an ICT officer
 * opens an F01 round over REST, imports its schools (a bad file saves nothing and names its bad
 * line), records a return, sees the rest overdue, and the round page shows each school's state;
 * then an F13 study gets its F15 report as a PDF. Each run makes its own round and study.
 */
class RecordsFlowsIT {

  private static final String[][] SCHOOLS = {
      {"1057010001", "โรงเรียนบ้านหนองบัว"}, {"1057010002", "โรงเรียนบ้านโคกสูง"}, {"1057010003", "โรงเรียนวัดกลาง"}};

  @RegisterExtension
  final Browsers browsers = new Browsers();

  private static URI base() {
    return Deployed.base();
  }

  @Test
  void aDmcRoundImportsItsSchoolsAllOrNothingAndShowsWhoIsOverdue() throws Exception {
    Rest khwansiri = Rest.as(base(), "khwansiri");
    Map<String, Object> created = dmcRoundDueYesterday();
    long roundId = ((Number) summary(created).get("id")).longValue();
    assertEquals(3, ((Number) summary(created).get("expected")).intValue(), created.toString());
    assertEquals(3, ((Number) summary(created).get("overdue")).intValue(), "due yesterday, nobody sent: " + created);

    // a file with one bad code: nothing saved, the bad row named by its line and value
    String bad = "school_code,name\n1057010004,โรงเรียนบ้านนาดี\n12345,โรงเรียนรหัสผิด\n";
    HttpResponse<String> refused = importCsv(roundId, bad);
    assertEquals(422, refused.statusCode(), refused.body());
    Map<String, Object> report = Rest.map(refused.body());
    assertEquals(Boolean.FALSE, report.get("saved"), report.toString());
    List<?> rejected = (List<?>) report.get("rejected");
    assertEquals(1, rejected.size(), report.toString());
    Map<?, ?> row = (Map<?, ?>) rejected.get(0);
    assertEquals(3, ((Number) row.get("line")).intValue(), "the header is line 1: " + row);
    assertEquals("BAD_CODE", row.get("reason"), row.toString());
    assertEquals("12345", row.get("value"), row.toString());
    assertEquals(3, ((Number) summary(khwansiri.getOk("api/records/rounds/" + roundId)).get("expected")).intValue(),
        "nothing was saved");

    // the corrected file
    HttpResponse<String> saved = importCsv(roundId, "school_code,name\n1057010004,โรงเรียนบ้านนาดี\n");
    assertEquals(200, saved.statusCode(), saved.body());
    assertEquals(1, ((Number) Rest.map(saved.body()).get("savedCount")).intValue(), saved.body());

    // one school's return recorded, sent on the due date: on time
    Map<String, Object> view = khwansiri.getOk("api/records/rounds/" + roundId);
    long first = returnId(view, "1057010001");
    Map<String, Object> sent = recordReturnOnTheDueDate(first);
    assertEquals("SUBMITTED", sent.get("state"), sent.toString());

    // the overdue list has the other three of this round, and not the one that sent
    List<String> overdue = new ArrayList<>();
    for (Object o : khwansiri.getList("api/records/overdue")) {
      Map<?, ?> m = (Map<?, ?>) o;
      if (((Number) m.get("roundId")).longValue() == roundId) {
        overdue.add((String) m.get("code"));
      }
    }
    assertEquals(List.of("1057010002", "1057010003", "1057010004"), overdue.stream().sorted().toList(), overdue.toString());

    // un-recording without a reason is refused
    HttpResponse<String> noReason = send("DELETE", "api/records/returns/" + first, "text/plain", "");
    assertEquals(422, noReason.statusCode(), noReason.body());
  }

  @Test
  void theRoundPageShowsEachSchoolsState() throws Exception {
    long roundId = ((Number) summary(dmcRoundDueYesterday()).get("id")).longValue();
    assertEquals(200, importCsv(roundId, "school_code,name\n1057010004,โรงเรียนบ้านนาดี\n").statusCode());
    recordReturnOnTheDueDate(returnId(Rest.as(base(), "khwansiri").getOk("api/records/rounds/" + roundId), "1057010001"));

    Ui ui = browsers.signIn("khwansiri").open("records/round.xhtml?id=" + roundId);
    String text = ui.text(By.id("returns:table"));
    assertTrue(text.contains("โรงเรียนบ้านหนองบัว"), text);
    List<WebElement> tags = ui.all(By.cssSelector("#returns\\:table .rec-state"));
    assertEquals(4, tags.size(), text);
    long onTime = tags.stream().filter(t -> t.getText().contains("ส่งแล้ว (ตรงเวลา)")).count();
    long overdue = tags.stream().filter(t -> t.getText().contains("เกินกำหนด")).count();
    assertEquals(1, onTime, text);
    assertEquals(3, overdue, text);
    assertTrue(tags.stream().anyMatch(t -> t.getAttribute("class").contains("ui-tag-danger")), "overdue in red");
    assertTrue(tags.stream().anyMatch(t -> t.getAttribute("class").contains("ui-tag-success")), "on time in green");
    ui.screenshot("records-round-states.png");
  }

  @Test
  void aStudyPrintsItsF13RecordAndGetsItsF15AsAPdf() throws Exception {
    Rest khwansiri = Rest.as(base(), "khwansiri");
    Map<String, Object> in = new HashMap<>();
    in.put("title", "ศึกษาสาเหตุการส่งข้อมูล DMC ล่าช้า " + Fixtures.unique());
    in.put("systemStudied", "DMC");
    in.put("team", List.of("นางขวัญศิริ กองช่าง", "นางวิภารัตน์ กวาวหนึ่ง"));
    in.put("findings", "สถานศึกษาขนาดเล็กไม่มีเจ้าหน้าที่ธุรการ");
    Map<String, Object> study = khwansiri.postOk("api/records/studies", in);
    long id = ((Number) study.get("id")).longValue();

    // the F13 itself prints at any stage: the record as it stands, with a line for its recorder
    String f13 = Documents.pdfText(khwansiri.getBytes("api/records/studies/" + id + "/record.pdf"), "records-f13-" + id)
        .replaceAll("\\s+", "");
    assertTrue(f13.contains("แบบบันทึกการศึกษาวิเคราะห์") && f13.contains("F13"), f13);
    assertTrue(f13.contains("สถานศึกษาขนาดเล็กไม่มีเจ้าหน้าที่ธุรการ") && f13.contains("ผู้บันทึก"), f13);
    assertFalse(f13.contains("F๑๓"), "a form code keeps Arabic digits: " + f13);

    // no recommendations yet: the F15 is refused
    HttpResponse<String> early = khwansiri.post("api/records/studies/" + id + "/report", "");
    assertEquals(422, early.statusCode(), early.body());
    assertTrue(early.body().contains("records.study.reportIncomplete"), early.body());

    in.put("recommendations", "จัดอบรมครูผู้รับผิดชอบข้อมูล");
    HttpResponse<String> put = send("PUT", "api/records/studies/" + id, "application/json", new Json().toJson(in));
    assertEquals(200, put.statusCode(), put.body());
    Map<String, Object> reported = khwansiri.postOk("api/records/studies/" + id + "/report", "");
    assertEquals("REPORTED", reported.get("state"), reported.toString());
    assertEquals("นางขวัญศิริ กองช่าง", reported.get("reporterName"), "signed by the caller: " + reported);
    assertFalse(String.valueOf(reported.get("reporterPosition")).isBlank(), reported.toString());

    HttpResponse<byte[]> pdf = khwansiri.getBytes("api/records/studies/" + id + "/report.pdf");
    assertEquals(200, pdf.statusCode());
    assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"), "a PDF");
  }

  /** A DMC round of this test's own, due yesterday, expecting three schools. */
  private static Map<String, Object> dmcRoundDueYesterday() throws Exception {
    Map<String, Object> round = new HashMap<>();
    round.put("system", "DMC");
    round.put("label", "ข้อมูลนักเรียนรายบุคคล " + Fixtures.unique());
    round.put("dueDate", LocalDate.now(Fixtures.BANGKOK).minusDays(1).toString());
    List<Map<String, Object>> schools = new ArrayList<>();
    for (String[] s : SCHOOLS) {
      schools.add(Map.of("kind", "SCHOOL", "code", s[0], "name", s[1]));
    }
    return Rest.as(base(), "khwansiri").postOk("api/records/rounds", Map.of("round", round, "submitters", schools));
  }

  /** The return sent at ten in the morning of the due date (yesterday): on time. */
  private static Map<String, Object> recordReturnOnTheDueDate(long returnId) throws Exception {
    LocalDate yesterday = LocalDate.now(Fixtures.BANGKOK).minusDays(1);
    return Rest.as(base(), "khwansiri").postOk("api/records/returns/" + returnId,
        Map.of("submittedAt", yesterday.atTime(10, 0).atZone(Fixtures.BANGKOK).toOffsetDateTime().toString(),
            "submittedBy", "ครูสมศรี " + Fixtures.unique(), "recordsCount", 245));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> summary(Map<String, Object> roundView) {
    return (Map<String, Object>) roundView.get("summary");
  }

  private static long returnId(Map<String, Object> roundView, String code) {
    for (Object o : (List<?>) roundView.get("returns")) {
      Map<?, ?> r = (Map<?, ?>) o;
      if (code.equals(r.get("code"))) {
        return ((Number) r.get("id")).longValue();
      }
    }
    throw new AssertionError("no return of " + code + " in " + roundView);
  }

  private static HttpResponse<String> importCsv(long round, String csv) throws Exception {
    return send("POST", "api/records/rounds/" + round + "/import", "text/csv", csv);
  }

  /** What Rest does not send: a file body, PUT, DELETE; as khwansiri. */
  private static HttpResponse<String> send(String method, String path, String contentType, String body)
      throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String token = Base64.getEncoder().encodeToString("khwansiri:demo".getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(base().resolve(path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + token).header("Content-Type", contentType)
        .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
