package th.obec.esa.ict.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The form flows of issues 7 and 8 through the deployed EAR, in the style of {@link FlowsIT}: REST
 * with HTTP Basic for the setup steps, headless Chromium for what a person fills in and sees.
 * Every test makes its own spec and account (unique per run), so the tests do not depend on each
 * other's leftovers.
 */
class FormsFlowsIT {

  private static final String EDITION = "มีนาคม 2566";
  private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

  @RegisterExtension
  final Browsers browsers = new Browsers();

  private static URI base() {
    return Deployed.base();
  }

  // ---------------------------------------------------------------- issue 7: F06 to the assets

  @Test
  void anF06AboveTheReferencePriceNeedsAReasonAndItsAssetsCarryEditionAndPrice() throws Exception {
    Rest khwansiri = Rest.as(base(), "khwansiri");
    long editionId = editionId(khwansiri);
    Map<String, Object> notebook = notebook(khwansiri, editionId);
    long itemId = ((Number) notebook.get("id")).longValue();
    assertEquals(19000.0, ((Number) notebook.get("referencePrice")).doubleValue(), 0.001, notebook.toString());

    // over REST: refused without a reason, naming the item and both prices
    HttpResponse<String> refused = khwansiri.english().post("api/forms/spec/f06", spec(editionId, itemId, null, "REST"));
    assertTrue(refused.statusCode() == 400 || refused.statusCode() == 422, refused.statusCode() + " " + refused.body());
    assertTrue(refused.body().contains("forms.spec.priceReasonRequired"), refused.body());

    // on the page: the same refusal, then filed with the reason
    String subject = "กำหนดคุณลักษณะโน้ตบุ๊ก " + RUN;
    String reason = "ต้องการหน่วยความจำ 16 GB สำหรับงานข้อมูล " + RUN;
    By reasonBox = By.cssSelector("textarea[id$=':priceReason']");
    Ui ui = browsers.signIn("khwansiri").open("forms/spec/f06.xhtml");
    ui.visible(By.id("f06:edition"));
    if (!String.valueOf(editionId).equals(ui.driver().findElement(By.id("f06:edition_input")).getAttribute("value"))) {
      ui.choose("f06:edition", String.valueOf(editionId));
    }
    // the search filters the item list by AJAX: choose only from the list it renders
    ui.updating(By.id("f06:item"), u -> u.type(By.id("f06:search"), "โน้ตบุ๊ก"));
    ui.await(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//select[@id='f06:item_input']/option[@value='" + itemId + "']")));
    ui.settle().choose("f06:item", String.valueOf(itemId));
    ui.click(By.xpath("//button[contains(., 'เพิ่มรายการ')]"));
    By price = By.cssSelector("input[id$=':unitPrice_input']");
    ui.click(price).type(price, Keys.chord(Keys.CONTROL, "a") + "21000" + Keys.TAB);
    ui.settle().visible(reasonBox);
    ui.waitText(By.id("f06:totals"), "21,000.00");
    ui.type(By.id("f06:subject"), subject).type(By.id("f06:body"), "เพื่อจัดซื้อโน้ตบุ๊กให้กลุ่ม ICT");
    ui.screenshot("issue7-f06-above-reference.png");
    ui.click(FILE).waitText(By.id("messages"), "กรุณาระบุเหตุผล");
    String message = ui.text(By.id("messages"));
    assertTrue(message.contains("21,000.00"), "prices as an office writes them: " + message);
    assertTrue(message.contains("19,000.00"), message);
    String here = ui.text(By.xpath("//textarea[contains(@id, ':priceReason')]/following-sibling::*"
        + "[contains(@class, 'spec-here')]"));
    assertTrue(here.contains("กรุณาระบุเหตุผลตรงนี้"), "the refusal is also next to the price: " + here);
    assertTrue(ui.url().contains("f06.xhtml"), "still on the form: " + ui.url());
    ui.screenshot("issue7-f06-refused-without-reason.png");

    ui.type(reasonBox, reason).click(FILE).await(ExpectedConditions.urlContains("forms/spec/view.xhtml"));
    String page = ui.text(By.id("spec"));
    assertTrue(page.contains(reason), "the reason is shown: " + page);
    assertTrue(page.contains(EDITION), page);
    ui.screenshot("issue7-f06-filed.png");
    long specId = ui.idFromUrl();

    // the F06 over REST: submitted, total 21,000 and the reason kept
    Map<String, Object> filed = khwansiri.getOk("api/forms/spec/f06/" + specId);
    assertEquals(21000.0, ((Number) filed.get("total")).doubleValue(), 0.001, filed.toString());
    assertTrue(filed.toString().contains(reason), filed.toString());
    assertEquals("SUBMITTED", khwansiri.getOk("api/forms/submissions/" + specId).get("state"));

    // reviewed by the other ICT officer, approved by the area director (APPROVE_SPEC, office level)
    Rest nanphat = Rest.as(base(), "nanphat");
    nanphat.postOk("api/forms/submissions/" + specId + "/review", Map.of("comment", "ตรวจแล้ว"));
    Rest.as(base(), "director").postOk("api/forms/submissions/" + specId + "/approve", Map.of("comment", "อนุมัติ"));
    assertEquals("APPROVED", nanphat.getOk("api/forms/submissions/" + specId).get("state"));

    // the printed memo carries the reason
    String memo = Documents.pdfText(khwansiri.getBytes("api/forms/spec/" + specId + "/pdf?thaiDigits=false"), "issue7-f06-" + specId);
    assertTrue(squeeze(memo).contains(squeeze(reason)), "the reason is printed: " + memo);

    // the goods arrive: assets created in one step
    Map<String, Object> arrival = new HashMap<>();
    arrival.put("acquiredOn", today().toString());
    arrival.put("fsnClass", "7440");
    arrival.put("group", "001");
    arrival.put("budgetSource", "งบประมาณ ปี 2569");
    arrival.put("location", "ห้องกลุ่ม ICT");
    arrival.put("atSchool", false);
    HttpResponse<String> created = nanphat.post("api/forms/spec/" + specId + "/assets", arrival);
    assertEquals(200, created.statusCode(), created.body());
    List<Object> assets = Rest.list(created.body());
    assertEquals(1, assets.size(), created.body());
    long assetId = ((Number) ((Map<?, ?>) assets.get(0)).get("assetId")).longValue();
    HttpResponse<String> again = nanphat.post("api/forms/spec/" + specId + "/assets", arrival);
    assertTrue(again.statusCode() / 100 == 4 && again.body().contains("forms.spec.assetsAlreadyCreated"),
        "once per F06: " + again.statusCode() + " " + again.body());

    Map<String, Object> asset = nanphat.getOk("api/assets/" + assetId);
    assertEquals(21000.0, ((Number) asset.get("price")).doubleValue(), 0.001, asset.toString());
    assertEquals(editionId, ((Number) asset.get("editionId")).longValue(), asset.toString());
    assertEquals(itemId, ((Number) asset.get("catalogItemId")).longValue(), asset.toString());

    // the asset seen from the F06's page
    String number = String.valueOf(asset.get("assetNumber"));
    Ui seen = browsers.signIn("nanphat").open("forms/spec/view.xhtml?id=" + specId);
    seen.visible(By.linkText(number));
    seen.screenshot("issue7-f06-assets.png");
    seen.click(By.linkText(number)).waitText(By.id("asset:number"), number);
    String shown = seen.text(By.id("asset"));
    assertTrue(shown.contains("21,000.00"), "price on the asset page: " + shown);
    assertTrue(shown.contains(EDITION), "edition on the asset page: " + shown);
    seen.screenshot("issue7-created-asset.png");
  }

  // ---------------------------------------------------------------- issue 17: the F07 as a table, with its committee

  @Test
  @SuppressWarnings("unchecked")
  void anF07FiledOnThePagePrintsItsComparisonTableWithTheCommitteeAndTheHeadOfProcurement() throws Exception {
    Rest khwansiri = Rest.as(base(), "khwansiri");
    long editionId = editionId(khwansiri);
    long itemId = ((Number) notebook(khwansiri, editionId).get("id")).longValue();
    Map<String, Object> specBody = spec(editionId, itemId, "ต้องการหน่วยความจำ 16 GB " + RUN, "F07");
    // the starter catalogue's item has no lines of its own: the spec adds two
    ((Map<String, Object>) ((List<Object>) specBody.get("items")).get(0)).put("lines", List.of(
        Map.of("text", "มีหน่วยความจำหลักไม่น้อยกว่า 16 GB"), Map.of("text", "มีหน้าจอขนาดไม่น้อยกว่า 14 นิ้ว")));
    Map<String, Object> f06 = khwansiri.postOk("api/forms/spec/f06", specBody);
    long specId = ((Number) ((Map<String, Object>) f06.get("submission")).get("id")).longValue();
    Rest.as(base(), "nanphat").postOk("api/forms/submissions/" + specId + "/review", Map.of("comment", "ตรวจแล้ว"));
    Rest.as(base(), "director").postOk("api/forms/submissions/" + specId + "/approve", Map.of("comment", "อนุมัติ"));

    // over REST without a committee: refused, naming the rule
    Map<String, Object> bare = new HashMap<>();
    bare.put("specId", specId);
    bare.put("subject", "x");
    bare.put("offers", List.of(Map.of("vendor", "ร้าน ก", "itemNo", 1, "unitPrice", 20000, "answers", List.of())));
    HttpResponse<String> refused = khwansiri.english().post("api/forms/spec/f07", bare);
    assertEquals(422, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("forms.comparison.committeeRequired"), refused.body());

    // on the page: two offers, every line answered, the committee and the head of procurement
    Ui ui = browsers.signIn("khwansiri").open("forms/spec/f07.xhtml?spec=" + specId);
    By addOffer = By.xpath("(//form[@id='f07']//button[contains(., 'เพิ่มข้อเสนอ')])[1]");
    ui.click(addOffer);
    ui.visible(By.xpath("(//input[contains(@id, ':vendor')])[1]"));
    ui.click(addOffer);
    ui.until(d -> d.findElements(By.xpath("//input[contains(@id, ':vendor')]")).size() == 2);
    String cheap = "บริษัท ราคาถูก " + RUN;
    String chosen = "ห้างหุ้นส่วน ครบถ้วน " + RUN;
    ui.typeNth(By.xpath("//input[contains(@id, ':vendor')]"), 0, cheap);
    ui.typeNth(By.xpath("//input[contains(@id, ':price_input')]"), 0, "18000");
    ui.typeNth(By.xpath("//input[contains(@id, ':vendor')]"), 1, chosen);
    ui.typeNth(By.xpath("//input[contains(@id, ':price_input')]"), 1, "20500");
    By answers = By.xpath("//div[contains(@class, 'ui-selectonemenu') and not(contains(@class, 'ui-selectonemenu-panel'))"
        + " and not(starts-with(@id, 'f07:committee'))]");
    List<String> ids = ui.driver().findElements(answers).stream().map(e -> e.getAttribute("id"))
        .filter(id -> id != null && id.startsWith("f07:")).toList();
    assertEquals(4, ids.size(), "an answer per spec line and offer: " + ids);
    for (int n = 0; n < ids.size(); n++) {
      ui.choose(ids.get(n), n == 0 ? "DOES_NOT_MEET" : "MEETS");
    }
    ui.type(By.id("f07:committee:0:uid"), "nanphat");
    ui.type(By.id("f07:committee:1:uid"), "sinlapachai");
    ui.type(By.id("f07:committee:2:uid"), "khwansiri");
    ui.type(By.id("f07:head"), "somchai");
    ui.type(By.id("f07:subject"), "สรุปเปรียบเทียบโน้ตบุ๊ก " + RUN);
    ui.screenshot("issue17-f07-filled.png");
    ui.click(By.xpath("//form[@id='f07']//button[contains(., 'ยื่นคำขอ')]"));
    ui.await(ExpectedConditions.urlContains("forms/spec/view.xhtml")).waitText(By.id("spec"), "ประธานกรรมการ");
    long f07 = ui.idFromUrl();
    String shown = ui.text(By.id("spec"));
    assertTrue(shown.contains("นางนันทน์ภัส เกียรติมาพรศักดิ์") && shown.contains("กรรมการและเลขานุการ")
        && shown.contains("นายสมชาย โกฎวิเชียร"), "the committee and the head on the page: " + shown);
    ui.screenshot("issue17-f07-view.png");

    Map<String, Object> filed = khwansiri.getOk("api/forms/spec/f07/" + f07);
    List<Object> committee = (List<Object>) filed.get("committee");
    assertEquals(List.of("CHAIR", "MEMBER", "SECRETARY"),
        committee.stream().map(m -> String.valueOf(((Map<?, ?>) m).get("role"))).toList(), filed.toString());
    assertEquals("somchai", ((Map<?, ?>) filed.get("procurementHead")).get("uid"), filed.toString());

    // the printed F07: the table's columns are the offers, the chosen one marked; the committee signs under it
    String memo = squeeze(Documents.pdfText(khwansiri.getBytes("api/forms/spec/" + f07 + "/pdf"), "issue17-f07-" + f07));
    assertTrue(memo.contains("ตารางสรุปเปรียบเทียบคุณสมบัติแนบท้ายบันทึกที่"), memo);
    assertTrue(memo.contains(squeeze(chosen) + "(ได้รับการคัดเลือก)"), "the chosen offer marked: " + memo);
    assertTrue(memo.contains("ไม่ตรงตามคุณลักษณะ"), memo);
    int table = memo.indexOf("ตารางสรุปเปรียบเทียบคุณสมบัติแนบท้ายบันทึกที่");
    int chair = memo.indexOf("(นางนันทน์ภัสเกียรติมาพรศักดิ์)", table);
    int head = memo.indexOf("(นายสมชายโกฎวิเชียร)", chair);
    assertTrue(table > 0 && chair > table && head > chair && memo.indexOf("ประธานกรรมการ", table) > 0
        && memo.indexOf("หัวหน้าเจ้าหน้าที่", chair) > 0, "table, committee, head of procurement: " + memo);
    assertFalse(memo.matches("(?s).*F[๐-๙].*"), memo);
  }

  // ---------------------------------------------------------------- issue 8: F08, sign-in, F09

  @Test
  void anApprovedF08CreatesAnAccountThatSignsInAndItsCardHasNoPassword() throws Exception {
    String uid = "ff" + RUN;
    String thaiName = "นายทดสอบ บัญชีใหม่" + RUN;
    Ui ui = browsers.signIn("somchai").open("forms/account/request.xhtml");
    ui.type(By.id("account:thaiName"), thaiName);
    ui.type(By.id("account:englishName"), "Mr. Test Account " + RUN);
    ui.type(By.id("account:position"), "เจ้าพนักงานการเงินและบัญชี");
    ui.type(By.id("account:unitName"), "กลุ่มบริหารงานการเงินและสินทรัพย์");
    ui.type(By.id("account:accountUid"), uid);
    ui.type(By.id("account:mail"), uid + "@esa.local");
    for (String service : List.of("INTRANET", "EMAIL")) {
      By box = By.xpath("//*[@id='account:services']//input[@value='" + service + "']");
      ui.click(By.xpath("//*[@id='account:services']//input[@value='" + service + "']"
          + "/ancestor::div[contains(@class,'ui-chkbox')][1]/div[contains(@class,'ui-chkbox-box')]"));
      ui.until(d -> d.findElement(box).isSelected());
    }
    ui.type(By.id("account:reason"), "เจ้าหน้าที่บรรจุใหม่ " + RUN);
    ui.screenshot("issue8-f08-request.png");
    ui.click(By.xpath("//form[@id='account']//button[contains(., 'ยื่นคำขอ')]"));
    ui.await(ExpectedConditions.urlContains("forms/account/view.xhtml")).waitText(By.id("account"), uid);
    ui.screenshot("issue8-f08-filed.png");
    long id = ui.idFromUrl();

    Rest nanphat = Rest.as(base(), "nanphat");
    Map<String, Object> filed = nanphat.getOk("api/forms/accounts/" + id);
    assertEquals(uid, filed.get("accountUid"), filed.toString());
    assertEquals("SUBMITTED", filed.get("state"), filed.toString());
    assertEquals(List.of("EMAIL", "INTRANET"), ((List<?>) filed.get("services")).stream().map(String::valueOf).sorted().toList(),
        filed.toString());
    Map<String, Object> submission = nanphat.getOk("api/forms/submissions/" + id);
    assertEquals("somchai", submission.get("requesterUid"), submission.toString());
    String unit = String.valueOf(submission.get("unitCode"));

    // the new user cannot sign in yet
    Http http = new Http(base());
    assertEquals(401, http.getBasic("api/me", uid, "not-yet").statusCode());

    nanphat.postOk("api/forms/submissions/" + id + "/review", Map.of("comment", "ตรวจแล้ว"));
    Map<String, Object> who = nanphat.getOk("api/acting?power=APPROVE_ACCOUNT&unit=" + enc(unit) + "&excluded=somchai");
    String approver = String.valueOf(who.get("actorUid"));
    assertNull(who.get("actingForUid"), "the holder of APPROVE_ACCOUNT for " + unit + " is present: " + who);
    assertFalse(approver.isBlank() || "somchai".equals(approver), who.toString());

    // approved on the page by the unit's director: the password is shown this once
    Ui approving = browsers.signIn(approver).open("forms/account/view.xhtml?id=" + id);
    approving.type(By.id("account:comment"), "อนุมัติ");
    approving.screenshot("issue8-f08-to-approve.png");
    approving.click(By.xpath("//form[@id='account']//button[contains(., 'อนุมัติ')]"));
    String password = approving.text(By.cssSelector("#account\\:password code")).trim();
    assertTrue(approving.text(By.id("account:password")).contains(uid));
    assertTrue(password.length() >= 12, "an initial password is shown");
    approving.screenshot("issue8-f08-approved-password.png");

    approving.open("forms/account/view.xhtml?id=" + id).waitText(By.id("account"), uid);
    assertTrue(approving.absent(By.id("account:password")), "shown once only");
    assertFalse(approving.driver().getPageSource().contains(password), "not on the page again");
    approving.screenshot("issue8-f08-created.png");

    Map<String, Object> done = nanphat.getOk("api/forms/accounts/" + id);
    assertEquals("CREATED", done.get("status"), done.toString());
    assertEquals("APPROVED", done.get("state"), done.toString());
    assertNotNull(done.get("cardValidUntil"), done.toString());
    assertFalse(done.toString().contains(password), "the password is not kept: " + done);

    // the new user signs in with the initial password
    HttpResponse<String> me = http.getBasic("api/me", uid, password);
    assertEquals(200, me.statusCode(), me.body());
    assertTrue(me.body().contains(uid), me.body());
    assertEquals(401, http.getBasic("api/me", uid, password + "x").statusCode(), "a wrong password is refused");

    // the F09 card over HTTP: the user id, no password
    HttpResponse<byte[]> card = nanphat.getBytes("api/forms/accounts/" + id + "/card");
    assertEquals(200, card.statusCode());
    assertTrue(card.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"), card.headers().toString());
    String text = Documents.pdfText(card, "issue8-card-" + id);
    assertTrue(text.contains(uid), "the user id on the card: " + text);
    assertFalse(text.contains(password), "no password on the card");
    assertFalse(new String(card.body(), StandardCharsets.ISO_8859_1).contains(password), "not in the PDF bytes either");
  }

  // ---------------------------------------------------------------- issue 20: one approval, however given

  /**
   * Two F08s of the same requester, approved by the same person: one on the inbox page, one with
   * {@code POST /api/forms/submissions/{id}/approve}. Each creates its account (the requested user
   * id, the same state, status, creator, groups and card validity), hands its initial password to the
   * approver once (the page's message, the answer's {@code issued}, kept by no cache), and each
   * new user signs in with it.
   */
  @Test
  void anF08ApprovedOverRestCreatesTheAccountAsTheInboxPageDoes() throws Exception {
    Rest somchai = Rest.as(base(), "somchai");
    Rest nanphat = Rest.as(base(), "nanphat");
    String pageUid = "fip" + RUN;
    String restUid = "fir" + RUN;
    long onPage = fileAccount(somchai, pageUid, "นายหน้าเว็บ ทดสอบ" + RUN);
    long overRest = fileAccount(somchai, restUid, "นายเรสต์ ทดสอบ" + RUN);
    nanphat.postOk("api/forms/submissions/" + onPage + "/review", Map.of("comment", "ตรวจแล้ว"));
    nanphat.postOk("api/forms/submissions/" + overRest + "/review", Map.of("comment", "ตรวจแล้ว"));
    String unit = String.valueOf(nanphat.getOk("api/forms/submissions/" + onPage).get("unitCode"));
    Map<String, Object> who = nanphat.getOk("api/acting?power=APPROVE_ACCOUNT&unit=" + enc(unit) + "&excluded=somchai");
    String approver = String.valueOf(who.get("actorUid"));
    assertNull(who.get("actingForUid"), "the holder of APPROVE_ACCOUNT for " + unit + " is present: " + who);

    // the inbox page: the approval's message names the account and its initial password, this once
    String subject = "ขอมีบัญชีผู้ใช้งานและบัตรประจำตัว นายหน้าเว็บ ทดสอบ" + RUN;
    Ui inbox = browsers.signIn(approver).open("forms/inbox.xhtml");
    By card = By.xpath("//*[contains(@class,'ui-card')][.//a[contains(., '" + subject + "')]]");
    inbox.visible(card);
    inbox.click(By.xpath("//*[contains(@class,'ui-card')][.//a[contains(., '" + subject + "')]]"
        + "//button[contains(@class,'inbox-approve')]")).confirm();
    inbox.waitText(By.id("messages"), "อนุมัติแล้ว");
    String message = inbox.text(By.id("messages"));
    java.util.regex.Matcher shown = java.util.regex.Pattern.compile("สร้างบัญชี " + pageUid + " แล้ว .*?: (\\S+)")
        .matcher(message);
    assertTrue(shown.find(), "the account and its password on the page: " + message);
    String pagePassword = shown.group(1);
    inbox.screenshot("issue20-inbox-f08-approved.png");

    // REST: the same approval, the account in the answer beside the submission, kept by no cache
    HttpResponse<String> answer = Rest.as(base(), approver).post("api/forms/submissions/" + overRest + "/approve",
        Map.of());
    assertEquals(200, answer.statusCode(), answer.body());
    assertTrue(answer.headers().firstValue("Cache-Control").orElse("").contains("no-store"), answer.headers().toString());
    assertTrue(answer.headers().allValues("Link").stream().anyMatch(l -> l.contains("api/forms/accounts/" + overRest)
        && l.contains("rel=\"account\"")), answer.headers().toString());
    Map<String, Object> approved = Rest.map(answer.body());
    assertEquals("APPROVED", approved.get("state"), "the submission as always");
    @SuppressWarnings("unchecked")
    Map<String, Object> issued = (Map<String, Object>) approved.get("issued");
    assertNotNull(issued, answer.body());
    assertEquals(restUid, issued.get("uid"));
    String restPassword = String.valueOf(issued.get("initialPassword"));
    assertEquals(pagePassword.length(), restPassword.length(), "the same kind of initial password");

    // the same account on both paths
    Map<String, Object> byPage = nanphat.getOk("api/forms/accounts/" + onPage);
    Map<String, Object> byRest = nanphat.getOk("api/forms/accounts/" + overRest);
    for (Map<String, Object> a : List.of(byPage, byRest)) {
      assertEquals("CREATED", a.get("status"), a.toString());
      assertEquals("APPROVED", a.get("state"), a.toString());
      assertEquals(approver, a.get("createdBy"), a.toString());
      assertNotNull(a.get("cardValidUntil"), a.toString());
    }
    assertEquals(pageUid, byPage.get("accountUid"));
    assertEquals(restUid, byRest.get("accountUid"));
    assertEquals(byPage.get("cardValidUntil"), byRest.get("cardValidUntil"));
    assertEquals(byPage.get("groups"), byRest.get("groups"));
    assertEquals(lastStep(nanphat, onPage), lastStep(nanphat, overRest), "the same approval step");

    // the password is handed over, not kept
    for (long id : List.of(onPage, overRest)) {
      String again = nanphat.get("api/forms/submissions/" + id).body() + nanphat.get("api/forms/accounts/" + id).body();
      assertFalse(again.contains(pagePassword) || again.contains(restPassword), "not kept: " + again);
    }
    Http http = new Http(base());
    HttpResponse<String> pageUser = http.getBasic("api/me", pageUid, pagePassword);
    assertEquals(200, pageUser.statusCode(), pageUser.body());
    HttpResponse<String> restUser = http.getBasic("api/me", restUid, restPassword);
    assertEquals(200, restUser.statusCode(), restUser.body());
  }

  private static long fileAccount(Rest requester, String uid, String thaiName) throws Exception {
    Map<String, Object> body = new HashMap<>();
    body.put("accountUid", uid);
    body.put("thaiName", thaiName);
    body.put("englishName", "Mr. Test " + uid);
    body.put("position", "เจ้าพนักงานธุรการ");
    body.put("unitName", "กลุ่มอำนวยการ");
    body.put("mail", uid + "@esa.local");
    body.put("services", List.of("INTRANET", "EMAIL"));
    body.put("reason", "เจ้าหน้าที่บรรจุใหม่ " + RUN);
    return ((Number) requester.postOk("api/forms/accounts", body).get("submissionId")).longValue();
  }

  /** The last step of a submission's chain without its time: who decided, on what basis, from and to which state. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> lastStep(Rest who, long id) throws Exception {
    List<Object> steps = (List<Object>) who.getOk("api/forms/submissions/" + id).get("steps");
    Map<String, Object> last = new HashMap<>((Map<String, Object>) steps.get(steps.size() - 1));
    last.keySet().removeIf(k -> k.equals("at") || k.equals("id") || k.equals("submissionId"));
    return last;
  }

  // ---------------------------------------------------------------- helpers

  private long editionId(Rest rest) throws Exception {
    List<Object> editions = rest.getList("api/forms/spec/editions");
    return editions.stream().map(o -> (Map<?, ?>) o).filter(e -> EDITION.equals(String.valueOf(e.get("name"))))
        .map(e -> ((Number) e.get("id")).longValue()).findFirst()
        .orElseThrow(() -> new AssertionError("no edition " + EDITION + " among " + editions));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> notebook(Rest rest, long editionId) throws Exception {
    List<Object> items = rest.getList("api/forms/spec/editions/" + editionId + "/items?q=" + enc("โน้ตบุ๊ก"));
    return items.stream().map(o -> (Map<String, Object>) o).filter(m -> "11".equals(String.valueOf(m.get("itemNo"))))
        .findFirst().orElseThrow(() -> new AssertionError("no item 11 among " + items));
  }

  private static Map<String, Object> spec(long editionId, long itemId, String reason, String tag) {
    Map<String, Object> item = new HashMap<>();
    item.put("catalogItemId", itemId);
    item.put("quantity", 1);
    item.put("unitPrice", 21000);
    item.put("priceReason", reason);
    Map<String, Object> body = new HashMap<>();
    body.put("editionId", editionId);
    body.put("subject", "กำหนดคุณลักษณะโน้ตบุ๊ก " + tag + " " + RUN);
    body.put("body", "เพื่อจัดซื้อโน้ตบุ๊ก");
    body.put("items", List.of(item));
    return body;
  }

  private static final By FILE = By.xpath("//form[@id='f06']//button[contains(., 'ยื่นคำขอ')]");

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }

  private static LocalDate today() {
    return LocalDate.now(Fixtures.BANGKOK);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

}
