package th.obec.esa.ict.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, the processes as work, over REST on the deployed EAR: a request is filed under one of
 * its form's work processes and listed under that process only. Each test files its own requests
 * with names unique to the run and looks for those only.
 */
class ProcessesIT {

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
    assertTrue(choices.stream().anyMatch(c -> ((Map<?, ?>) c).get("number").equals(6)
        && Boolean.TRUE.equals(((Map<?, ?>) c).get("byDefault"))), "6 is preselected: " + choices);

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
}
