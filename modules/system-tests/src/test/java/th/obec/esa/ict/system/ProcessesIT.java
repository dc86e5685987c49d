package th.obec.esa.ict.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, the processes as work, over REST on the deployed EAR: a request is filed under one of
 * its form's work processes and listed under that process only; a process's yearly plan is
 * proposed by an ICT officer, reviewed by the group and approved by the area director from her
 * inbox or by whoever she delegated it to, with the acting wording. Each test files its own
 * requests and plans (names unique to the run, a fiscal year its process has no plan for yet) and
 * looks at those only; a delegation it gives is revoked in a finally.
 */
class ProcessesIT {

  private static final String DIRECTOR_TH = "นางสาวพนอ ทิพย์พิมลรัตน์";

  /** The latest fiscal year (B.E.) a plan may be filed for that the process has no plan for yet. */
  private static int freeYear(Rest who, int process) throws Exception {
    int next = Fixtures.fiscalYear() + 1;
    String plans = who.getList("api/forms/plans?process=" + process).toString();
    for (int year = next; year >= 2560; year--) {
      if (!plans.contains("fiscalYear=" + year + ",")) {
        return year;
      }
    }
    throw new AssertionError("every fiscal year of process " + process + " has a plan: " + plans);
  }

  private static Map<String, Object> activity(String title, LocalDate from, LocalDate until, String uid, int budget) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("title", title);
    a.put("startsOn", from.toString());
    a.put("endsOn", until.toString());
    a.put("responsibleUid", uid);
    a.put("budget", budget);
    return a;
  }

  /** A plan for the process and fiscal year (B.E.); its fiscal year starts on 1 October of the year before. */
  private static Map<String, Object> plan(int process, int year, List<Map<String, Object>> activities) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("process", process);
    p.put("fiscalYear", year);
    p.put("body", "ตามแผนพัฒนาเทคโนโลยีสารสนเทศของสำนักงาน " + Fixtures.unique());
    p.put("activities", activities);
    return p;
  }

  private static LocalDate octoberFirst(int buddhistYear) {
    return LocalDate.of(buddhistYear - 543 - 1, 10, 1);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> lastLink(Map<String, Object> plan) {
    List<Object> chain = (List<Object>) plan.get("chain");
    return (Map<String, Object>) chain.get(chain.size() - 1);
  }

  /** A repair request as a staff member files it; {@code process} null leaves it to the form's default. */
  private static Map<String, Object> repair(String subject, Integer process) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("form", "F03");
    body.put("subject", subject);
    body.put("body", "ขอให้ซ่อมเครื่องพิมพ์");
    // where another test's delegation puts a ceiling on repairs, a repair must carry its cost
    body.put("amount", 800);
    body.put("describedItem", "เครื่องพิมพ์เลเซอร์");
    body.put("location", "ห้องประชุม");
    body.put("symptoms", "กระดาษติด");
    if (process != null) {
      body.put("process", process);
    }
    return body;
  }

  private static String casesOf(Rest who, int process) throws Exception {
    return who.getOk("api/reports/processes/" + process).get("cases").toString();
  }

  @Test
  void anF03FiledUnderProcess6AppearsUnderProcess6Only() throws Exception {
    Rest wiparat = Rest.as(Fixtures.base(), "wiparat");
    List<Object> choices = wiparat.getList("api/forms/processes?form=F03");
    assertEquals(List.of(5, 6, 8, 9), choices.stream().map(c -> ((Number) ((Map<?, ?>) c).get("number")).intValue())
        .toList(), "the F03 serves processes 5, 6, 8 and 9: " + choices);
    assertEquals(List.of(6), choices.stream().filter(c -> Boolean.TRUE.equals(((Map<?, ?>) c).get("byDefault")))
        .map(c -> ((Number) ((Map<?, ?>) c).get("number")).intValue()).toList(), "6 is preselected: " + choices);

    String underSix = "แจ้งซ่อมกระบวนงาน 6 " + Fixtures.unique();
    Map<String, Object> filed = wiparat.postOk("api/forms/submissions", repair(underSix, 6));
    assertEquals(6, ((Number) filed.get("process")).intValue());
    String underNine = "แจ้งซ่อมกระบวนงาน 9 " + Fixtures.unique();
    wiparat.postOk("api/forms/submissions", repair(underNine, 9));

    Rest staff = Rest.as(Fixtures.base(), "khwansiri");
    String six = casesOf(staff, 6);
    assertTrue(six.contains(underSix), six);
    assertFalse(six.contains(underNine), "the one filed under 9 is not process 6's");
    for (int other : new int[] {5, 8, 9}) {
      assertFalse(casesOf(staff, other).contains(underSix), "the F03 filed under 6 is not a case of " + other);
    }
    assertTrue(casesOf(staff, 9).contains(underNine));
    String overview = staff.getList("api/reports/processes").toString();
    assertTrue(overview.contains(underSix), "the overview's newest of process 6");
  }

  @Test
  void aRepairWithoutAProcessGoesUnderItsDefaultAndAProcessNotOfTheFormIsRefusedOnItsField() throws Exception {
    Rest wiparat = Rest.as(Fixtures.base(), "wiparat");
    String plain = "แจ้งซ่อมไม่ระบุกระบวนงาน " + Fixtures.unique();
    assertEquals(6, ((Number) wiparat.postOk("api/forms/submissions", repair(plain, null)).get("process")).intValue());

    String wrong = "แจ้งซ่อมกระบวนงาน 7 " + Fixtures.unique();
    HttpResponse<String> refused = wiparat.post("api/forms/submissions", repair(wrong, 7));
    Map<String, Object> problem = Fixtures.refused(refused, 422, "forms.process.notOfForm");
    assertEquals("process", problem.get("field"), refused.body());
    assertTrue(String.valueOf(problem.get("message")).contains("5, 6, 8, 9"), refused.body());
    assertFalse(casesOf(wiparat, 7).contains(wrong), "nothing was filed");
    assertFalse(wiparat.getList("api/forms/submissions").toString().contains(wrong), "nothing was filed");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theIctGroupsYearlyPlanForProcess6IsProposedApprovedByTheDirectorFromHerInboxAndListsTheResponsibleStaff()
      throws Exception {
    Rest khwansiri = Rest.as(Fixtures.base(), "khwansiri");
    Rest nanphat = Rest.as(Fixtures.base(), "nanphat");
    Rest director = Rest.as(Fixtures.base(), "director");
    int year = freeYear(khwansiri, 6);
    LocalDate start = octoberFirst(year);
    Map<String, Object> proposed = khwansiri.postOk("api/forms/plans", plan(6, year, List.of(
        activity("บำรุงรักษาเครื่องคอมพิวเตอร์และเครื่องพิมพ์ของสำนักงาน", start, start.plusMonths(2), "khwansiri", 12000),
        activity("ติดตั้งระบบเครือข่ายไร้สายห้องประชุม", start.plusMonths(3), start.plusMonths(4), "nanphat", 8000))));
    long id = ((Number) proposed.get("id")).longValue();
    assertEquals("SUBMITTED", proposed.get("state"));
    assertEquals(6, ((Number) proposed.get("process")).intValue());
    assertEquals(year, ((Number) proposed.get("fiscalYear")).intValue());
    assertEquals(20000, ((Number) proposed.get("budget")).intValue());
    List<Object> activities = (List<Object>) proposed.get("activities");
    assertEquals(List.of("นางขวัญศิริ กองช่าง", "นางนันทน์ภัส เกียรติมาพรศักดิ์"), activities.stream()
        .map(a -> ((Map<String, Object>) a).get("responsibleName")).toList(), "the responsible staff by the order");
    assertTrue(String.valueOf(((Map<String, Object>) activities.get(0)).get("responsiblePosition"))
        .contains("นักวิเคราะห์นโยบายและแผน"), activities.toString());

    nanphat.postOk("api/forms/submissions/" + id + "/review", Map.of("comment", "ตรวจแล้ว เสนอ ผอ.สพป. พิจารณา"));
    assertTrue(director.getList("api/forms/inbox").toString().contains("id=" + id + ","),
        "the plan waits in the director's inbox");
    director.postOk("api/forms/submissions/" + id + "/approve", Map.of("comment", "อนุมัติ"));

    Map<String, Object> approved = khwansiri.getOk("api/forms/plans/" + id);
    assertEquals("APPROVED", approved.get("state"));
    Map<String, Object> approval = lastLink(approved);
    assertEquals("APPROVE", approval.get("action"));
    assertEquals("director", approval.get("actorUid"));
    assertEquals(DIRECTOR_TH, approval.get("actorName"));
    assertEquals(null, approval.get("actingLine"), "in her own right: no acting wording");
    assertTrue(khwansiri.getList("api/forms/plans?process=6&year=" + year).toString().contains("id=" + id + ","));

    Map<String, Object> progressed = khwansiri.postOk("api/forms/plans/" + id + "/activities/1/progress",
        Map.of("percent", 50, "note", "ดำเนินการแล้วครึ่งหนึ่ง"));
    assertEquals(50, ((Number) ((Map<String, Object>) ((List<Object>) progressed.get("activities")).get(0))
        .get("progress")).intValue());
    HttpResponse<String> again = khwansiri.post("api/forms/plans", plan(6, year, List.of(
        activity("ซ้ำ", start, start.plusDays(1), "khwansiri", 0))));
    assertEquals("fiscalYear", Fixtures.refused(again, 422, "forms.plan.exists").get("field"));
  }

  @Test
  void whoeverTheDirectorDelegatedPlanApprovalToApprovesForHerWithTheWordingOfADelegation() throws Exception {
    Rest khwansiri = Rest.as(Fixtures.base(), "khwansiri");
    Rest nanphat = Rest.as(Fixtures.base(), "nanphat");
    Rest director = Rest.as(Fixtures.base(), "director");
    Rest sinlapachai = Rest.as(Fixtures.base(), "sinlapachai");
    int year = freeYear(khwansiri, 9);
    LocalDate start = octoberFirst(year);

    HttpResponse<String> outside = khwansiri.post("api/forms/plans", plan(9, year, List.of(
        activity("อบรมเจ้าหน้าที่", start.minusDays(1), start.plusDays(1), "nanphat", 1000))));
    assertEquals("activities", Fixtures.refused(outside, 422, "forms.plan.activity.outsideYear").get("field"));

    Map<String, Object> proposed = khwansiri.postOk("api/forms/plans", plan(9, year, List.of(
        activity("อบรมการดูแลระบบเครือข่ายให้ครูโรงเรียน", start.plusMonths(5), start.plusMonths(5).plusDays(2),
            "nanphat", 15000))));
    long id = ((Number) proposed.get("id")).longValue();
    nanphat.postOk("api/forms/submissions/" + id + "/review", Map.of("comment", "ตรวจแล้ว"));

    Map<String, Object> d = new HashMap<>();
    d.put("delegatorUid", "director");
    d.put("delegateKind", "PERSON");
    d.put("delegateRef", "sinlapachai");
    d.put("powers", List.of("APPROVE_PLAN"));
    d.put("unitCode", "CHUMPHON-1");
    d.put("from", OffsetDateTime.now(Fixtures.BANGKOK).minusMinutes(5).toString());
    d.put("until", OffsetDateTime.now(Fixtures.BANGKOK).plusDays(2).toString());
    d.put("basisOrder", "P17-" + Fixtures.unique());
    d.put("redelegable", false);
    long delegation = ((Number) director.postOk("api/delegations", d).get("id")).longValue();
    try {
      sinlapachai.postOk("api/forms/submissions/" + id + "/approve", Map.of("actingFor", "director"));
      Map<String, Object> approval = lastLink(khwansiri.getOk("api/forms/plans/" + id));
      assertEquals("sinlapachai", approval.get("actorUid"));
      assertEquals("director", approval.get("actingForUid"));
      assertEquals("DELEGATION", approval.get("basisKind"));
      String wording = String.valueOf(approval.get("actingLine"));
      assertTrue(wording.startsWith("ปฏิบัติราชการแทน") && wording.contains("ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา"),
          wording);
    } finally {
      director.postOk("api/delegations/" + delegation + "/revoke", Map.of("reason", "จบการทดสอบ " + Fixtures.unique()));
    }
  }
}
