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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 9 through the deployed EAR: an ICT officer builds an F22 in the browser and opens it,
 * three colleagues answer it (one on a phone, one first leaving an item out), a director reads
 * the F12 whose means and S.D.s are recomputed here from the answers given; closed, it refuses
 * an answer with a clear message. The public F20 is answered without an account.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluationFlowsIT {

  private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
  private static final String TITLE = "ติดตามประเมินผลระบบ DMC (" + RUN + ")";
  /** Each respondent's levels for items 1-4, in item order. */
  private static final Map<String, int[]> SCORES = Map.of(
      "wiparat", new int[] {5, 4, 4, 3},
      "somchai", new int[] {4, 4, 5, 3},
      "sinlapachai", new int[] {5, 5, 4, 2});

  private static long evaluationId;

  private static URI base() {
    return Deployed.base();
  }

  @Test
  @Order(1)
  void anIctOfficerBuildsAnF22InTheBrowserAndOpensIt() throws Exception {
    WebDriver browser = Browser.start();
    try {
      WebDriverWait wait = Browser.signIn(browser, "khwansiri");
      browser.get(base() + "evaluation/edit.xhtml");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit:title")));
      // saved without a title or a subject: both are marked, nothing is saved
      browser.findElement(By.id("edit:save")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "ต้องแก้ไข"));
      assertTrue(browser.getPageSource().contains("กรุณากรอกชื่อแบบประเมิน"), "the title's problem is next to it");

      browser.findElement(By.id("edit:title")).sendKeys(TITLE);
      browser.findElement(By.id("edit:subject")).sendKeys("ระบบจัดเก็บข้อมูลนักเรียนรายบุคคล (DMC)");
      browser.findElement(By.cssSelector("input[id$=':sectionTitle']")).sendKeys("ด้านคุณภาพของข้อมูล");
      browser.findElement(By.cssSelector("textarea[id$=':sectionItems']")).sendKeys("ข้อมูลถูกต้องครบถ้วน\nข้อมูลเป็นปัจจุบัน");
      browser.findElement(By.id("edit:addSection")).click();
      wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("input[id$=':sectionTitle']"), 2));
      waitForAjax(browser, wait);
      browser.findElements(By.cssSelector("input[id$=':sectionTitle']")).get(1).sendKeys("ด้านการใช้งานระบบ");
      browser.findElements(By.cssSelector("textarea[id$=':sectionItems']")).get(1)
          .sendKeys("ระบบใช้งานง่าย\nระบบตอบสนองรวดเร็ว");
      browser.findElement(By.id("edit:questions")).sendKeys("ข้อเสนอแนะเพื่อการพัฒนาระบบ");
      Browser.screenshot(browser, "issue9-f22-build.png");
      browser.findElement(By.id("edit:save")).click();
      wait.until(ExpectedConditions.urlContains("evaluation/view.xhtml"));
      evaluationId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));

      browser.findElement(By.id("actions:open")).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "เปิดรับคำตอบ"));
      Browser.screenshot(browser, "issue9-f22-open.png");
    } catch (Exception | AssertionError e) {
      Browser.failure(browser);
      throw e;
    } finally {
      browser.quit();
    }
    Map<String, Object> ev = Rest.as(base(), "khwansiri").getOk("api/evaluations/" + evaluationId);
    assertEquals("OPEN", ev.get("state"));
    assertEquals(4, itemIds().size());
  }

  @Test
  @Order(2)
  void threeColleaguesAnswerItOnceEachOneOnAPhone() throws Exception {
    List<Long> items = itemIds();
    boolean first = true;
    for (String uid : List.of("wiparat", "somchai", "sinlapachai")) {
      WebDriver browser = Browser.start();
      try {
        if (uid.equals("somchai")) {
          browser.manage().window().setSize(new Dimension(400, 900));
        }
        WebDriverWait wait = Browser.signIn(browser, uid);
        browser.get(base() + "evaluation/list.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("openForMe")));
        assertTrue(browser.findElement(By.id("openForMe")).getText().contains(TITLE), "open for " + uid);
        browser.get(base() + "evaluation/answer.xhtml?id=" + evaluationId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answer:send")));
        int[] levels = SCORES.get(uid);
        for (int i = 0; i < items.size(); i++) {
          if (first && i == 2) {
            continue;
          }
          choose(browser, items.get(i), levels[i]);
        }
        if (first) {
          browser.findElement(By.id("answer:send")).click();
          wait.until(ExpectedConditions.attributeContains(By.id("item-" + items.get(2)), "class", "evl-item-missing"));
          assertTrue(browser.findElement(By.id("item-" + items.get(2))).getText().contains("กรุณาเลือกระดับความคิดเห็น"),
              "the item left out is marked where it is");
          Browser.screenshot(browser, "issue9-answer-item-missing.png");
          choose(browser, items.get(2), levels[2]);
          first = false;
        }
        browser.findElements(By.cssSelector("textarea[id$=':open']")).get(0).sendKeys("ควรมีคู่มือการใช้งานสำหรับโรงเรียน");
        if (uid.equals("somchai")) {
          Browser.screenshot(browser, "issue9-answer-phone.png");
        }
        browser.findElement(By.id("answer:send")).click();
        wait.until(ExpectedConditions.urlContains("evaluation/list.xhtml"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "ขอบคุณ"));
      } catch (Exception | AssertionError e) {
        Browser.failure(browser);
        throw e;
      } finally {
        browser.quit();
      }
    }
    HttpResponse<String> again = Rest.as(base(), "wiparat").post("api/evaluations/" + evaluationId + "/answers",
        answer(items, new int[] {1, 1, 1, 1}));
    assertEquals(422, again.statusCode(), again.body());
    assertTrue(again.body().contains("evaluation.answer.already"), again.body());
  }

  @Test
  @Order(3)
  void theF12ShowsTheMeansAndDeviationsOfTheAnswersGiven() throws Exception {
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
    WebDriver browser = Browser.start();
    try {
      WebDriverWait wait = Browser.signIn(browser, "director");
      browser.get(base() + "evaluation/view.xhtml?id=" + evaluationId);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("respondents")));
      assertTrue(browser.findElement(By.id("respondents")).getText().contains("3"));
      List<WebElement> rows = browser.findElements(By.cssSelector(".evl-f12 tbody tr"));
      assertEquals(4, rows.size(), "one row per item");
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
      String overall = browser.findElement(By.id("overall")).getText();
      assertTrue(overall.contains(mean(all).toPlainString()) && overall.contains(sampleSd(all).toPlainString()), overall);
      assertTrue(browser.getPageSource().contains("ควรมีคู่มือการใช้งานสำหรับโรงเรียน (3)"), "identical answers grouped");
      Browser.screenshot(browser, "issue9-f12.png");
    } catch (Exception | AssertionError e) {
      Browser.failure(browser);
      throw e;
    } finally {
      browser.quit();
    }
    Rest director = Rest.as(base(), "director");
    String text = Documents.pdfText(director.getBytes("api/evaluations/" + evaluationId + "/report.pdf"), "issue9-f12");
    assertTrue(text.contains("F12"), text);
    Documents.keep(director.getBytes("api/evaluations/" + evaluationId + "/report.xlsx"), "issue9-f12.xlsx");
  }

  @Test
  @Order(4)
  void aClosedEvaluationRefusesAnAnswerWithAClearMessage() throws Exception {
    Rest.as(base(), "khwansiri").postOk("api/evaluations/" + evaluationId + "/close", Map.of());
    HttpResponse<String> late = Rest.as(base(), "director").post("api/evaluations/" + evaluationId + "/answers",
        answer(itemIds(), new int[] {4, 4, 4, 4}));
    assertEquals(422, late.statusCode(), late.body());
    Map<String, Object> problem = Rest.map(late.body());
    assertEquals("evaluation.answer.closed", problem.get("key"));
    assertTrue(String.valueOf(problem.get("message")).contains("ปิดรับคำตอบแล้ว"), late.body());
    HttpResponse<String> english = Rest.as(base(), "director").english()
        .post("api/evaluations/" + evaluationId + "/answers", answer(itemIds(), new int[] {4, 4, 4, 4}));
    assertTrue(Rest.map(english.body()).get("message").toString().toLowerCase().contains("closed"), english.body());

    // the work process of the F22 (16) lists it, closed, with its F12
    Map<String, Object> process = Rest.as(base(), "wiparat").getOk("api/reports/processes/16");
    String cases = process.get("cases").toString();
    assertTrue(cases.contains(TITLE) && cases.contains("CLOSED"), cases);
  }

  @Test
  @Order(5)
  void thePublicAnswersAnF20WithoutAnAccountOncePerBrowser() throws Exception {
    Rest khwansiri = Rest.as(base(), "khwansiri");
    Map<String, Object> input = new HashMap<>();
    input.put("form", "F20");
    input.put("title", "ความพึงพอใจต่อเว็บไซต์สำนักงาน (" + RUN + ")");
    input.put("fiscalYear", 2570);
    input.put("subject", "เว็บไซต์สำนักงาน");
    input.put("groups", List.of("PUBLIC"));
    input.put("sections", List.of(Map.of("title", "ด้านเนื้อหา", "items", List.of("ข่าวสารทันเหตุการณ์", "ค้นหาข้อมูลได้ง่าย"))));
    input.put("openQuestions", List.of("ข้อเสนอแนะ"));
    long id = ((Number) khwansiri.postOk("api/evaluations", input).get("id")).longValue();
    khwansiri.postOk("api/evaluations/" + id + "/open", Map.of());

    WebDriver browser = Browser.start();
    try {
      WebDriverWait wait = new WebDriverWait(browser, java.time.Duration.ofSeconds(30));
      browser.get(base() + "public/evaluation.xhtml?id=" + id);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answer:send")));
      assertTrue(browser.findElements(By.id("currentUserName")).isEmpty(), "nobody is signed in");
      Map<String, Object> ev = khwansiri.getOk("api/evaluations/" + id);
      List<Long> items = new ArrayList<>();
      for (Object s : (List<?>) ev.get("sections")) {
        for (Object i : (List<?>) ((Map<?, ?>) s).get("items")) {
          items.add(((Number) ((Map<?, ?>) i).get("id")).longValue());
        }
      }
      choose(browser, items.get(0), 5);
      choose(browser, items.get(1), 4);
      browser.findElement(By.id("answer:send")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "ขอบคุณ"));
      Browser.screenshot(browser, "issue9-f20-public.png");
      browser.get(base() + "public/evaluation.xhtml?id=" + id);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "จากเครื่องนี้แล้ว"));
      assertTrue(browser.findElements(By.id("answer:send")).isEmpty(), "no second answer from the same browser");
    } catch (Exception | AssertionError e) {
      Browser.failure(browser);
      throw e;
    } finally {
      browser.quit();
    }
    Map<String, Object> report = khwansiri.getOk("api/evaluations/" + id + "/report");
    assertEquals(1L, ((Number) report.get("respondents")).longValue());
  }

  // ---------------------------------------------------------------- helpers

  private static List<Long> itemIds() throws Exception {
    Map<String, Object> ev = Rest.as(base(), "khwansiri").getOk("api/evaluations/" + evaluationId);
    List<Long> ids = new ArrayList<>();
    for (Object s : (List<?>) ev.get("sections")) {
      for (Object i : (List<?>) ((Map<?, ?>) s).get("items")) {
        ids.add(((Number) ((Map<?, ?>) i).get("id")).longValue());
      }
    }
    return ids;
  }

  private static Map<String, Object> answer(List<Long> items, int[] levels) {
    Map<String, Object> ratings = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      ratings.put(String.valueOf(items.get(i)), levels[i]);
    }
    Map<String, Object> body = new HashMap<>();
    body.put("group", "OFFICE_STAFF");
    body.put("ratings", ratings);
    body.put("openAnswers", Map.of());
    return body;
  }

  /** Clicks the level's radio button of one item, as a person taps it. */
  private static void choose(WebDriver browser, long itemId, int level) {
    WebElement item = browser.findElement(By.id("item-" + itemId));
    WebElement radio = item.findElement(By.cssSelector("input[type=radio][value='" + level + "']"));
    WebElement label = item.findElement(By.cssSelector("label[for='" + radio.getAttribute("id") + "']"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", label);
    label.click();
  }

  private static void waitForAjax(WebDriver browser, WebDriverWait wait) {
    wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
        "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
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
