package th.obec.esa.ict.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 9 through the deployed EAR: an ICT officer builds an F22 in the browser and opens it,
 * three colleagues answer one (one on a phone, one first leaving an item out), a director reads
 * the F12 whose means and S.D.s are recomputed here from the answers given; closed, it refuses an
 * answer with a clear message. The public F20 is answered without an account. Each test makes its
 * own evaluation.
 */
class EvaluationFlowsIT {

  /** Each respondent's levels for items 1-4, in item order. */
  private static final Map<String, int[]> SCORES = new LinkedHashMap<>();

  static {
    SCORES.put("wiparat", new int[] {5, 4, 4, 3});
    SCORES.put("somchai", new int[] {4, 4, 5, 3});
    SCORES.put("sinlapachai", new int[] {5, 5, 4, 2});
  }

  @RegisterExtension
  final Browsers browsers = new Browsers();

  private static URI base() {
    return Deployed.base();
  }

  @Test
  void anIctOfficerBuildsAnF22InTheBrowserAndOpensIt() throws Exception {
    String title = "ติดตามประเมินผลระบบ DMC (" + Fixtures.unique() + ")";
    Ui ui = browsers.signIn("khwansiri").open("evaluation/edit.xhtml");
    ui.visible(By.id("edit:title"));
    // saved without a title or a subject: both are marked, nothing is saved
    ui.click(By.id("edit:save")).waitText(By.id("messages"), "ต้องแก้ไข");
    assertTrue(ui.driver().getPageSource().contains("กรุณากรอกชื่อแบบประเมิน"), "the title's problem is next to it");

    ui.type(By.id("edit:title"), title);
    ui.type(By.id("edit:subject"), "ระบบจัดเก็บข้อมูลนักเรียนรายบุคคล (DMC)");
    ui.type(By.cssSelector("input[id$=':sectionTitle']"), "ด้านคุณภาพของข้อมูล");
    ui.type(By.cssSelector("textarea[id$=':sectionItems']"), "ข้อมูลถูกต้องครบถ้วน\nข้อมูลเป็นปัจจุบัน");
    ui.click(By.id("edit:addSection"));
    ui.await(ExpectedConditions.numberOfElementsToBe(By.cssSelector("input[id$=':sectionTitle']"), 2));
    ui.typeNth(By.cssSelector("input[id$=':sectionTitle']"), 1, "ด้านการใช้งานระบบ");
    ui.typeNth(By.cssSelector("textarea[id$=':sectionItems']"), 1, "ระบบใช้งานง่าย\nระบบตอบสนองรวดเร็ว");
    ui.type(By.id("edit:questions"), "ข้อเสนอแนะเพื่อการพัฒนาระบบ");
    ui.screenshot("issue9-f22-build.png");
    ui.click(By.id("edit:save")).await(ExpectedConditions.urlContains("evaluation/view.xhtml"));
    long evaluationId = ui.idFromUrl();

    ui.click(By.id("actions:open")).confirm().waitText(By.id("messages"), "เปิดรับคำตอบ");
    ui.screenshot("issue9-f22-open.png");

    Map<String, Object> ev = Rest.as(base(), "khwansiri").getOk("api/evaluations/" + evaluationId);
    assertEquals("OPEN", ev.get("state"));
    assertEquals(title, ev.get("title"));
    assertEquals(4, Fixtures.itemIds(evaluationId).size());
  }

  @Test
  void threeColleaguesAnswerItOnceEachOneOnAPhone() throws Exception {
    String title = "ติดตามประเมินผลระบบ DMC (" + Fixtures.unique() + ")";
    long evaluationId = Fixtures.openF22(title);
    List<Long> items = Fixtures.itemIds(evaluationId);
    boolean first = true;
    for (Map.Entry<String, int[]> respondent : SCORES.entrySet()) {
      String uid = respondent.getKey();
      Ui ui = browsers.signIn(uid);
      if (uid.equals("somchai")) {
        ui.phone();
      }
      ui.open("evaluation/list.xhtml").waitText(By.id("openForMe"), title);
      ui.open("evaluation/answer.xhtml?id=" + evaluationId).visible(By.id("answer:send"));
      int[] levels = respondent.getValue();
      for (int i = 0; i < items.size(); i++) {
        if (first && i == 2) {
          continue;
        }
        choose(ui, items.get(i), levels[i]);
      }
      if (first) {
        ui.click(By.id("answer:send"));
        ui.await(ExpectedConditions.attributeContains(By.id("item-" + items.get(2)), "class", "evl-item-missing"));
        ui.waitText(By.id("item-" + items.get(2)), "กรุณาเลือกระดับความคิดเห็น");
        ui.screenshot("issue9-answer-item-missing.png");
        choose(ui, items.get(2), levels[2]);
        first = false;
      }
      ui.typeNth(By.cssSelector("textarea[id$=':open']"), 0, "ควรมีคู่มือการใช้งานสำหรับโรงเรียน");
      if (uid.equals("somchai")) {
        ui.screenshot("issue9-answer-phone.png");
      }
      ui.click(By.id("answer:send")).await(ExpectedConditions.urlContains("evaluation/list.xhtml"));
      ui.waitText(By.id("messages"), "ขอบคุณ");
    }
    Map<String, Object> report = Rest.as(base(), "khwansiri").getOk("api/evaluations/" + evaluationId + "/report");
    assertEquals(3L, ((Number) report.get("respondents")).longValue(), "three answers of three people");

    HttpResponse<String> again = Fixtures.answerAs("wiparat", evaluationId,
        Fixtures.answer(items, new int[] {1, 1, 1, 1}, null, null));
    Fixtures.refused(again, 422, "evaluation.answer.already");
  }

  @Test
  void theF12ShowsTheMeansAndDeviationsOfTheAnswersGiven() throws Exception {
    long evaluationId = Fixtures.openF22("ประเมินระบบ DMC เพื่อ F12 (" + Fixtures.unique() + ")");
    List<Long> items = Fixtures.itemIds(evaluationId);
    Long question = Fixtures.firstOpenQuestion(evaluationId);
    for (Map.Entry<String, int[]> respondent : SCORES.entrySet()) {
      HttpResponse<String> r = Fixtures.answerAs(respondent.getKey(), evaluationId,
          Fixtures.answer(items, respondent.getValue(), question, "ควรมีคู่มือการใช้งานสำหรับโรงเรียน"));
      assertEquals(2, r.statusCode() / 100, r.body());
    }
    List<BigDecimal[]> expected = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      List<Integer> column = new ArrayList<>();
      for (int[] levels : SCORES.values()) {
        column.add(levels[i]);
      }
      expected.add(new BigDecimal[] {mean(column), sampleSd(column)});
    }
    Map<String, Object> report = Rest.as(base(), "director").getOk("api/evaluations/" + evaluationId + "/report");
    assertEquals(3L, ((Number) report.get("respondents")).longValue());

    Ui ui = browsers.signIn("director").open("evaluation/view.xhtml?id=" + evaluationId);
    ui.waitText(By.id("respondents"), "3");
    List<WebElement> rows = ui.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".evl-f12 tbody tr"), 4));
    for (int i = 0; i < 4; i++) {
      List<WebElement> cells = rows.get(i).findElements(By.tagName("td"));
      assertTrue(cells.get(2).getText().contains(expected.get(i)[0].toPlainString()),
          "item " + (i + 1) + " mean " + expected.get(i)[0] + ": " + cells.get(2).getText());
      assertTrue(cells.get(3).getText().contains(expected.get(i)[1].toPlainString()),
          "item " + (i + 1) + " S.D. " + expected.get(i)[1] + ": " + cells.get(3).getText());
    }
    List<Integer> all = new ArrayList<>();
    SCORES.values().forEach(levels -> {
      for (int l : levels) {
        all.add(l);
      }
    });
    String overall = ui.text(By.id("overall"));
    assertTrue(overall.contains(mean(all).toPlainString()) && overall.contains(sampleSd(all).toPlainString()), overall);
    assertTrue(ui.driver().getPageSource().contains("ควรมีคู่มือการใช้งานสำหรับโรงเรียน (3)"), "identical answers grouped");
    ui.screenshot("issue9-f12.png");

    Rest director = Rest.as(base(), "director");
    String text = Documents.pdfText(director.getBytes("api/evaluations/" + evaluationId + "/report.pdf"), "issue9-f12");
    assertTrue(text.contains("F12"), text);
    Documents.keep(director.getBytes("api/evaluations/" + evaluationId + "/report.xlsx"), "issue9-f12.xlsx");
  }

  @Test
  void aClosedEvaluationRefusesAnAnswerWithAClearMessage() throws Exception {
    String title = "ประเมินระบบ DMC ที่ปิดแล้ว (" + Fixtures.unique() + ")";
    long evaluationId = Fixtures.openF22(title);
    List<Long> items = Fixtures.itemIds(evaluationId);
    Rest.as(base(), "khwansiri").postOk("api/evaluations/" + evaluationId + "/close", Map.of());

    HttpResponse<String> late = Fixtures.answerAs("director", evaluationId,
        Fixtures.answer(items, new int[] {4, 4, 4, 4}, null, null));
    Map<String, Object> problem = Fixtures.refused(late, 422, "evaluation.answer.closed");
    assertEquals("evaluation.answer.closed", problem.get("key"));
    assertTrue(String.valueOf(problem.get("message")).contains("ปิดรับคำตอบแล้ว"), late.body());
    HttpResponse<String> english = Rest.as(base(), "director").english()
        .post("api/evaluations/" + evaluationId + "/answers", Fixtures.answer(items, new int[] {4, 4, 4, 4}, null, null));
    assertTrue(Rest.map(english.body()).get("message").toString().toLowerCase().contains("closed"), english.body());
    assertEquals(0L, ((Number) Rest.as(base(), "khwansiri").getOk("api/evaluations/" + evaluationId + "/report")
        .get("respondents")).longValue(), "nothing was stored");

    // the work process of the F22 (16) lists it, closed
    Map<String, Object> process = Rest.as(base(), "wiparat").getOk("api/reports/processes/16");
    String cases = process.get("cases").toString();
    assertTrue(cases.contains(title) && cases.contains("CLOSED"), cases);
  }

  @Test
  void thePublicAnswersAnF20WithoutAnAccountOncePerBrowser() throws Exception {
    Rest khwansiri = Rest.as(base(), "khwansiri");
    Map<String, Object> input = new HashMap<>();
    input.put("form", "F20");
    input.put("title", "ความพึงพอใจต่อเว็บไซต์สำนักงาน (" + Fixtures.unique() + ")");
    input.put("fiscalYear", Fixtures.fiscalYear());
    input.put("subject", "เว็บไซต์สำนักงาน");
    input.put("groups", List.of("PUBLIC"));
    input.put("sections", List.of(Map.of("title", "ด้านเนื้อหา", "items", List.of("ข่าวสารทันเหตุการณ์", "ค้นหาข้อมูลได้ง่าย"))));
    input.put("openQuestions", List.of("ข้อเสนอแนะ"));
    long id = ((Number) khwansiri.postOk("api/evaluations", input).get("id")).longValue();
    khwansiri.postOk("api/evaluations/" + id + "/open", Map.of());
    List<Long> items = Fixtures.itemIds(id);

    Ui ui = browsers.open().open("public/evaluation.xhtml?id=" + id);
    ui.visible(By.id("answer:send"));
    assertTrue(ui.absent(By.id("currentUserName")), "nobody is signed in");
    choose(ui, items.get(0), 5);
    choose(ui, items.get(1), 4);
    ui.click(By.id("answer:send")).waitText(By.id("messages"), "ขอบคุณ");
    ui.screenshot("issue9-f20-public.png");
    ui.open("public/evaluation.xhtml?id=" + id).waitText(By.tagName("main"), "จากเครื่องนี้แล้ว");
    assertTrue(ui.absent(By.id("answer:send")), "no second answer from the same browser");

    Map<String, Object> report = khwansiri.getOk("api/evaluations/" + id + "/report");
    assertEquals(1L, ((Number) report.get("respondents")).longValue());
  }

  // ---------------------------------------------------------------- helpers

  /** Taps the level's radio button of one item, as a person does, and waits until it is chosen. */
  private static void choose(Ui ui, long itemId, int level) {
    By radio = By.cssSelector("#item-" + itemId + " input[type=radio][value='" + level + "']");
    String radioId = ui.until(d -> d.findElement(radio).getAttribute("id"));
    ui.click(By.cssSelector("#item-" + itemId + " label[for='" + radioId + "']"));
    ui.until(d -> d.findElement(radio).isSelected());
  }

  /** As a spreadsheet's AVERAGE, shown to two decimals. */
  static BigDecimal mean(List<Integer> xs) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int x : xs) {
      sum = sum.add(BigDecimal.valueOf(x));
    }
    return sum.divide(BigDecimal.valueOf(xs.size()), 10, RoundingMode.HALF_UP).setScale(2, RoundingMode.HALF_UP);
  }

  /** As a spreadsheet's STDEV (n - 1), shown to two decimals. */
  static BigDecimal sampleSd(List<Integer> xs) {
    BigDecimal m = BigDecimal.ZERO;
    for (int x : xs) {
      m = m.add(BigDecimal.valueOf(x));
    }
    m = m.divide(BigDecimal.valueOf(xs.size()), 20, RoundingMode.HALF_UP);
    BigDecimal ss = BigDecimal.ZERO;
    for (int x : xs) {
      BigDecimal d = BigDecimal.valueOf(x).subtract(m);
      ss = ss.add(d.multiply(d));
    }
    return ss.divide(BigDecimal.valueOf(xs.size() - 1L), 20, RoundingMode.HALF_UP).sqrt(MathContext.DECIMAL64)
        .setScale(2, RoundingMode.HALF_UP);
  }
}
