package th.obec.esa.ict.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Data a test makes for itself through the REST API, named so no other test (nor an earlier run
 * against the same server) has the same: each test states what it needs and counts only what it
 * made, never rows others may have left.
 */
final class Fixtures {

  /** The office's zone (the application's platform.time.OfficeTime.ZONE; these tests see only HTTP). */
  static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
  private static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private Fixtures() {}

  static URI base() {
    return Deployed.base();
  }

  /** A name part unique to this run and this call ("K3F9Q1-7"). */
  static String unique() {
    return RUN + "-" + SEQUENCE.incrementAndGet();
  }

  static LocalDate today() {
    return LocalDate.now(BANGKOK);
  }

  /** The Thai fiscal year (B.E.) of today: October starts the next one. */
  static int fiscalYear() {
    LocalDate d = today();
    return d.getYear() + 543 + (d.getMonthValue() >= 10 ? 1 : 0);
  }

  /**
   * An F22 built and opened by the ICT officer through REST: two sections of two items each and
   * one open question, for office staff.
   */
  static long openF22(String title) throws Exception {
    Rest khwansiri = Rest.as(base(), "khwansiri");
    Map<String, Object> input = new HashMap<>();
    input.put("form", "F22");
    input.put("title", title);
    input.put("fiscalYear", fiscalYear());
    input.put("subject", "ระบบจัดเก็บข้อมูลนักเรียนรายบุคคล (DMC)");
    input.put("groups", List.of("OFFICE_STAFF"));
    input.put("sections", List.of(
        Map.of("title", "ด้านคุณภาพของข้อมูล", "items", List.of("ข้อมูลถูกต้องครบถ้วน", "ข้อมูลเป็นปัจจุบัน")),
        Map.of("title", "ด้านการใช้งานระบบ", "items", List.of("ระบบใช้งานง่าย", "ระบบตอบสนองรวดเร็ว"))));
    input.put("openQuestions", List.of("ข้อเสนอแนะเพื่อการพัฒนาระบบ"));
    long id = ((Number) khwansiri.postOk("api/evaluations", input).get("id")).longValue();
    khwansiri.postOk("api/evaluations/" + id + "/open", Map.of());
    return id;
  }

  /** The evaluation's item ids in their order. */
  static List<Long> itemIds(long evaluationId) throws Exception {
    Map<String, Object> ev = Rest.as(base(), "khwansiri").getOk("api/evaluations/" + evaluationId);
    List<Long> ids = new ArrayList<>();
    for (Object s : (List<?>) ev.get("sections")) {
      for (Object i : (List<?>) ((Map<?, ?>) s).get("items")) {
        ids.add(((Number) ((Map<?, ?>) i).get("id")).longValue());
      }
    }
    return ids;
  }

  /** The first open question's id, or null when there is none. */
  static Long firstOpenQuestion(long evaluationId) throws Exception {
    Map<String, Object> ev = Rest.as(base(), "khwansiri").getOk("api/evaluations/" + evaluationId);
    Object questions = ev.get("questions");
    if (questions instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> q && q.get("id") != null) {
      return ((Number) q.get("id")).longValue();
    }
    return null;
  }

  /** An answer sheet: the levels in item order, with an open answer when given. */
  static Map<String, Object> answer(List<Long> items, int[] levels, Long openQuestion, String openAnswer) {
    Map<String, Object> ratings = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      ratings.put(String.valueOf(items.get(i)), levels[i]);
    }
    Map<String, Object> body = new HashMap<>();
    body.put("group", "OFFICE_STAFF");
    body.put("ratings", ratings);
    body.put("openAnswers", openQuestion == null || openAnswer == null
        ? Map.of() : Map.of(String.valueOf(openQuestion), openAnswer));
    return body;
  }

  static HttpResponse<String> answerAs(String uid, long evaluationId, Map<String, Object> sheet) throws Exception {
    return Rest.as(base(), uid).post("api/evaluations/" + evaluationId + "/answers", sheet);
  }

  /** Asserts a refusal: the status and the message key in the problem body. */
  static Map<String, Object> refused(HttpResponse<String> r, int status, String key) {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.body().contains(key), "expected " + key + " in " + r.body());
    return Rest.map(r.body());
  }
}
