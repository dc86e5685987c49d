package th.obec.esa.ict.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 15's acceptance over REST against the deployed EAR: acting for an absent director that
 * cannot be abused (four eyes on delegations, ceilings that always hold), reaches the right person
 * (the escalated decision in the area director's inbox, not offered to the absent holder), prints
 * the legal basis, and is read only by those who need to know. Each test makes its own requests
 * (subjects unique to the run) and undoes its absences and delegations, so it stands alone.
 */
@org.junit.jupiter.api.parallel.Isolated("records an absence of nanphat, whom other tests need present")
class ActingForIT {

  private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

  private static URI base() {
    return Deployed.base();
  }

  // ------------------------------------------------------------------ 1. four eyes on powers

  @Test
  void anOrgAdminCannotGiveHerselfTheDirectorsPowersAndHerDelegationForAnotherWaitsForASecondPerson() throws Exception {
    Rest wiparat = Rest.as(base(), "wiparat");
    Rest nanphat = Rest.as(base(), "nanphat");
    Rest director = Rest.as(base(), "director");

    HttpResponse<String> herself = wiparat.post("api/delegations", repairDelegation("wiparat", "1000", "T15-" + RUN + "/1"));
    assertEquals(422, herself.statusCode(), herself.body());
    Map<String, Object> problem = Rest.map(herself.body());
    assertEquals("delegation.delegation.delegate.enterer", problem.get("key"), herself.body());
    assertTrue(String.valueOf(problem.get("message")).contains("ผู้บันทึกการมอบอำนาจไม่อาจเป็นผู้รับมอบอำนาจ"), herself.body());
    HttpResponse<String> english = wiparat.english().post("api/delegations",
        repairDelegation("wiparat", "1000", "T15-" + RUN + "/1"));
    assertTrue(String.valueOf(Rest.map(english.body()).get("message")).contains("can never be its delegate"), english.body());

    Map<String, Object> noOrder = repairDelegation("sinlapachai", "1000", null);
    noOrder.put("basisMemo", "บันทึก " + RUN);
    HttpResponse<String> withoutOrder = wiparat.post("api/delegations", noOrder);
    assertEquals(422, withoutOrder.statusCode(), withoutOrder.body());
    assertEquals("delegation.delegation.basisOrder.required", Rest.map(withoutOrder.body()).get("key"));

    Map<String, Object> pending = wiparat.postOk("api/delegations", repairDelegation("sinlapachai", "1000", "T15-" + RUN + "/2"));
    long id = ((Number) pending.get("id")).longValue();
    try {
      assertEquals(Boolean.TRUE, pending.get("pending"), pending.toString());
      assertEquals(Boolean.FALSE, pending.get("inForce"), "a pending delegation allows nothing: " + pending);

      HttpResponse<String> noScan = director.post("api/delegations/" + id + "/confirm", Map.of());
      assertEquals(422, noScan.statusCode(), noScan.body());
      assertEquals("delegation.delegation.scan.required", Rest.map(noScan.body()).get("key"));

      HttpResponse<String> notPdf = wiparat.send("PUT", "api/delegations/" + id + "/scan", "application/pdf",
          "not a pdf".getBytes(StandardCharsets.UTF_8));
      assertEquals(422, notPdf.statusCode(), notPdf.body());
      HttpResponse<String> scan = wiparat.send("PUT", "api/delegations/" + id + "/scan", "application/pdf", minimalPdf());
      assertEquals(200, scan.statusCode(), scan.body());

      HttpResponse<String> byEnterer = wiparat.post("api/delegations/" + id + "/confirm", Map.of());
      assertEquals(422, byEnterer.statusCode(), byEnterer.body());
      assertEquals("delegation.delegation.confirm.enterer", Rest.map(byEnterer.body()).get("key"));
      HttpResponse<String> byDelegate = Rest.as(base(), "sinlapachai").post("api/delegations/" + id + "/confirm", Map.of());
      assertEquals(422, byDelegate.statusCode(), byDelegate.body());
      assertEquals("delegation.delegation.confirm.delegate", Rest.map(byDelegate.body()).get("key"));

      Map<String, Object> confirmed = nanphat.postOk("api/delegations/" + id + "/confirm", Map.of());
      assertEquals(Boolean.FALSE, confirmed.get("pending"), confirmed.toString());
      assertEquals(Boolean.TRUE, confirmed.get("inForce"), confirmed.toString());
      assertEquals("nanphat", confirmed.get("confirmedBy"), confirmed.toString());
      assertEquals("wiparat", confirmed.get("enteredBy"), confirmed.toString());
    } finally {
      director.postOk("api/delegations/" + id + "/revoke", Map.of("reason", "จบการทดสอบ " + RUN));
    }
  }

  @org.junit.jupiter.api.extension.RegisterExtension
  final Browsers browsers = new Browsers();

  @Test
  void onTheDelegationsPageTheEntererAttachesTheSignedOrderAndTheDelegatorConfirmsIt() throws Exception {
    Rest wiparat = Rest.as(base(), "wiparat");
    Rest director = Rest.as(base(), "director");
    String order = "T15a-" + RUN + "/page";
    long id = ((Number) wiparat.postOk("api/delegations", repairDelegation("sinlapachai", "1000", order)).get("id"))
        .longValue();
    java.nio.file.Path pdf = java.nio.file.Files.createTempFile("order-" + RUN, ".pdf");
    java.nio.file.Path text = java.nio.file.Files.createTempFile("order-" + RUN, ".txt");
    java.nio.file.Files.write(pdf, minimalPdf());
    java.nio.file.Files.writeString(text, "not a pdf");
    By row = By.xpath("//tbody[@id='delegations:pending_data']/tr[contains(., '" + order + "')]");
    try {
      // the delegator sees it waiting for her (home page and the page), and is told next to the
      // button that the scan must come first
      Ui boss = browsers.signIn("director");
      assertTrue(boss.text(By.id("delegationsToConfirm")).contains("รอท่านยืนยัน"));
      boss.open("delegation/delegations.xhtml");
      assertTrue(boss.text(row).contains("รอการยืนยัน"), boss.text(row));
      assertTrue(boss.text(row).contains("ยังไม่ได้แนบสำเนาคำสั่ง"), boss.text(row));
      boss.click(By.xpath(rowPath(order) + "//button[contains(@id, ':confirm')]"));
      boss.waitText(By.xpath(rowPath(order) + "//*[contains(@class, 'ui-message-error')]"), "โปรดแนบสำเนาคำสั่ง");
      boss.screenshot("issue15a-confirm-needs-scan.png");

      // the enterer may attach the scan but is not offered the confirmation; a non-PDF is refused next to the upload
      Ui enterer = browsers.signIn("wiparat").open("delegation/delegations.xhtml");
      enterer.visible(row);
      assertTrue(enterer.absent(By.xpath(rowPath(order) + "//button[contains(@id, ':confirm')]")),
          "the enterer is not offered the confirmation");
      By upload = By.xpath(rowPath(order) + "//input[@type='file']");
      enterer.driver().findElement(upload).sendKeys(text.toString());
      enterer.waitText(By.xpath(rowPath(order) + "//*[contains(@class, 'ui-message-error')]"), "ต้องเป็นไฟล์ PDF");
      enterer.driver().findElement(upload).sendKeys(pdf.toString());
      enterer.waitText(row, "แนบสำเนาคำสั่งแล้ว");
      enterer.screenshot("issue15a-scan-attached.png");

      boss.open("delegation/delegations.xhtml");
      boss.click(By.xpath(rowPath(order) + "//button[contains(@id, ':confirm')]"));
      boss.waitText(By.id("messages"), "ยืนยันการมอบอำนาจเลขที่ " + id);
      assertTrue(boss.absent(row), "confirmed: no longer waiting");
      Map<?, ?> after = director.getList("api/delegations").stream().map(o -> (Map<?, ?>) o)
          .filter(d -> ((Number) d.get("id")).longValue() == id).findFirst().orElseThrow();
      assertEquals(Boolean.FALSE, after.get("pending"), after.toString());
      assertEquals("director", after.get("confirmedBy"), after.toString());
    } finally {
      director.postOk("api/delegations/" + id + "/revoke", Map.of("reason", "จบการทดสอบ " + RUN));
      java.nio.file.Files.deleteIfExists(pdf);
      java.nio.file.Files.deleteIfExists(text);
    }
  }

  private static String rowPath(String order) {
    return "//tbody[@id='delegations:pending_data']/tr[contains(., '" + order + "')]";
  }

  // ------------------------------------------------------------------ 2. ceilings always hold

  @Test
  void aDelegateWithA1000BahtCeilingCannotApproveWithoutAnAmountOrAbove1000() throws Exception {
    Rest director = Rest.as(base(), "director");
    Rest somchai = Rest.as(base(), "somchai");
    Rest khwansiri = Rest.as(base(), "khwansiri");
    Rest sinlapachai = Rest.as(base(), "sinlapachai");

    // filed before the delegation exists; refused at once instead when another ceiling is already in force
    HttpResponse<String> noAmount = somchai.post("api/forms/submissions", repair("ไม่ระบุจำนวนเงิน", null));
    Long withoutAmount = null;
    if (noAmount.statusCode() == 422) {
      assertEquals("forms.amount.required", Rest.map(noAmount.body()).get("key"), noAmount.body());
    } else {
      assertEquals(201, noAmount.statusCode(), noAmount.body());
      withoutAmount = ((Number) Rest.map(noAmount.body()).get("id")).longValue();
      khwansiri.postOk("api/forms/submissions/" + withoutAmount + "/review", Map.of("comment", "ตรวจแล้ว"));
    }

    Map<String, Object> d = director.postOk("api/delegations", repairDelegation("sinlapachai", "1000", "T15-" + RUN + "/3"));
    long id = ((Number) d.get("id")).longValue();
    try {
      assertEquals(Boolean.TRUE, d.get("inForce"), "entered by the delegator herself: in force at once " + d);

      HttpResponse<String> refusedAtFiling = somchai.post("api/forms/submissions", repair("ไม่ระบุจำนวนเงิน", null));
      assertEquals(422, refusedAtFiling.statusCode(), refusedAtFiling.body());
      assertEquals("forms.amount.required", Rest.map(refusedAtFiling.body()).get("key"));

      if (withoutAmount != null) {
        HttpResponse<String> r = sinlapachai.post("api/forms/submissions/" + withoutAmount + "/approve",
            Map.of("actingFor", "director"));
        assertEquals(422, r.statusCode(), r.body());
        assertEquals("delegation.authority.amountRequired", Rest.map(r.body()).get("key"), r.body());
      }

      long above = reviewed(somchai, khwansiri, repair("เกินวงเงิน", 1000.01));
      HttpResponse<String> tooMuch = sinlapachai.post("api/forms/submissions/" + above + "/approve",
          Map.of("actingFor", "director"));
      assertEquals(422, tooMuch.statusCode(), tooMuch.body());
      assertEquals("delegation.authority.aboveCeiling", Rest.map(tooMuch.body()).get("key"), tooMuch.body());

      long within = reviewed(somchai, khwansiri, repair("ภายในวงเงิน", 1000));
      Map<String, Object> ok = sinlapachai.postOk("api/forms/submissions/" + within + "/approve",
          Map.of("actingFor", "director"));
      assertEquals("APPROVED", ok.get("state"), ok.toString());
      Map<String, Object> step = lastStep(ok);
      assertEquals("DELEGATION", step.get("basisKind"), step.toString());
    } finally {
      director.postOk("api/delegations/" + id + "/revoke", Map.of("reason", "จบการทดสอบ " + RUN));
    }
  }

  @Test
  void anF02sAmountIsComputedFromItsLinesAndATypedAmountThatDisagreesIsRefused() throws Exception {
    Rest somchai = Rest.as(base(), "somchai");
    Map<String, Object> body = new HashMap<>();
    body.put("form", "F02");
    body.put("subject", "ขอใช้วัสดุ T15a " + RUN);
    body.put("body", "ใช้พิมพ์เอกสารประชุม");
    body.put("useLines", List.of(
        Map.of("description", "หมึกพิมพ์เลเซอร์", "quantity", 2, "unitName", "กล่อง", "unitPrice", 850),
        Map.of("description", "กระดาษ A4", "quantity", 5, "unitName", "รีม", "unitPrice", 120.5)));
    body.put("amount", 500);
    HttpResponse<String> typed = somchai.post("api/forms/submissions", body);
    assertEquals(422, typed.statusCode(), typed.body());
    Map<String, Object> problem = Rest.map(typed.body());
    assertEquals("forms.amount.disagreesWithLines", problem.get("key"), typed.body());
    assertTrue(String.valueOf(problem.get("message")).contains("2,302.50"), typed.body());

    body.remove("amount");
    Map<String, Object> filed = somchai.postOk("api/forms/submissions", body);
    assertEquals(0, new java.math.BigDecimal("2302.50").compareTo(new java.math.BigDecimal(String.valueOf(filed.get("amount")))),
        filed.toString());
  }

  // ------------------------------------------------------------------ 3 + 4. the inbox follows authority; printed basis

  @Test
  void withTheIctDirectorAwayAndHerStandInTheRequesterTheAreaDirectorDecidesAsHerSuperior() throws Exception {
    Rest director = Rest.as(base(), "director");
    Rest nanphat = Rest.as(base(), "nanphat");
    Rest khwansiri = Rest.as(base(), "khwansiri");

    long escalated = reviewed(khwansiri, nanphat, action("ขอติดตั้งโปรแกรม (ผอ.ไม่อยู่)"));
    long later = reviewed(khwansiri, nanphat, action("ขอตั้งค่าเครือข่าย (ผอ.กลับมาแล้ว)"));

    Map<String, Object> absence = new LinkedHashMap<>();
    absence.put("personUid", "nanphat");
    absence.put("kind", "LEAVE");
    // from now, not earlier: another test's absence of hers may have ended a moment ago, and two
    // absences of one person never overlap
    absence.put("from", OffsetDateTime.now(Fixtures.BANGKOK).toString());
    absence.put("until", LocalDate.now(Fixtures.BANGKOK).plusDays(1) + "T00:00:00+07:00");
    absence.put("note", "ลาพักผ่อน T15 " + RUN);
    long absenceId = ((Number) nanphat.postOk("api/absences", absence).get("id")).longValue();
    boolean ended = false;
    try {
      Map<String, Object> item = inboxItem(director, escalated);
      assertTrue(item != null, "the area director's inbox shows the escalated request");
      List<?> options = (List<?>) item.get("options");
      assertEquals(1, options.size(), item.toString());
      Map<?, ?> option = (Map<?, ?>) options.get(0);
      assertEquals("ESCALATION", option.get("kind"), option.toString());
      assertTrue(String.valueOf(option.get("basis")).startsWith("ในฐานะผู้บังคับบัญชาของ นางนันทน์ภัส"), option.toString());
      assertEquals(null, inboxItem(nanphat, escalated), "the absent holder is not offered it");
      assertEquals(null, inboxItem(khwansiri, escalated), "the stand-in is the requester");
      // nor may she decide it in her own right through the API while she is recorded as away
      HttpResponse<String> whileAway = nanphat.post("api/forms/submissions/" + later + "/approve",
          Map.of("comment", "อนุมัติ"));
      assertEquals(422, whileAway.statusCode(), whileAway.body());
      assertEquals("delegation.authority.holderAway", Rest.map(whileAway.body()).get("key"), whileAway.body());
      assertTrue(String.valueOf(Rest.map(whileAway.body()).get("message")).contains("ไม่อยู่ปฏิบัติราชการ"), whileAway.body());

      Map<String, Object> approved = director.postOk("api/forms/submissions/" + escalated + "/approve",
          Map.of("comment", "อนุมัติ"));
      Map<String, Object> step = lastStep(approved);
      assertEquals("ESCALATION", step.get("basisKind"), step.toString());
      assertTrue(String.valueOf(step.get("basis")).contains("ในฐานะผู้บังคับบัญชาของ"), step.toString());
      String memo = Documents.pdfText(director.getBytes("api/forms/submissions/" + escalated + "/pdf"),
          "issue15-escalation-" + escalated);
      assertTrue(squeeze(memo).contains(squeeze("ในฐานะผู้บังคับบัญชาของ นางนันทน์ภัส")), memo);

      HttpResponse<String> back = nanphat.send("POST", "api/absences/" + absenceId + "/end", "application/json",
          "{}".getBytes(StandardCharsets.UTF_8));
      assertEquals(204, back.statusCode(), back.body());
      ended = true;

      assertEquals(null, inboxItem(director, later), "once she is back the request leaves the superior's inbox");
      Map<String, Object> hers = inboxItem(nanphat, later);
      assertTrue(hers != null, "and comes back to her");
      assertEquals("OWN", ((Map<?, ?>) ((List<?>) hers.get("options")).get(0)).get("kind"), hers.toString());

      Map<String, Object> own = nanphat.postOk("api/forms/submissions/" + later + "/approve", Map.of("comment", "อนุมัติ"));
      assertEquals("OWN", lastStep(own).get("basisKind"));
      String ownMemo = Documents.pdfText(nanphat.getBytes("api/forms/submissions/" + later + "/pdf"),
          "issue15-own-" + later);
      // her own position under her name, then the acting role exactly as order 275/2561 prints it
      String s = squeeze(ownMemo);
      int name = s.lastIndexOf(squeeze("(นางนันทน์ภัส เกียรติมาพรศักดิ์)"));
      assertTrue(name >= 0, ownMemo);
      String after = s.substring(name);
      assertTrue(after.startsWith(squeeze("(นางนันทน์ภัส เกียรติมาพรศักดิ์) นักวิเคราะห์นโยบายและแผนชำนาญการ "
          + "ปฏิบัติหน้าที่ ผู้อำนวยการกลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร")), ownMemo);
    } finally {
      if (!ended) {
        nanphat.send("POST", "api/absences/" + absenceId + "/end", "application/json", "{}".getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  // ------------------------------------------------------------------ 5. need to know

  @Test
  void anotherUnitsDirectorAndAnOrgAdminGet403OnAnIctMembersF08() throws Exception {
    Rest khwansiri = Rest.as(base(), "khwansiri");
    Map<String, Object> body = new HashMap<>();
    String uid = "t15" + RUN;
    body.put("accountUid", uid);
    body.put("thaiName", "นางทดสอบ ความลับ" + RUN);
    body.put("englishName", "Mrs. Need To Know " + RUN);
    body.put("position", "นักวิเคราะห์นโยบายและแผน");
    body.put("unitName", "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร");
    body.put("mail", uid + "@esa.local");
    body.put("services", Set.of("INTRANET"));
    body.put("reason", "ทดสอบสิทธิ์การเข้าถึง " + RUN);
    long id = ((Number) khwansiri.postOk("api/forms/accounts", body).get("submissionId")).longValue();

    HttpResponse<String> somchai = Rest.as(base(), "somchai").get("api/forms/accounts/" + id);
    assertEquals(403, somchai.statusCode(), "somchai heads another unit: " + somchai.body());
    assertEquals(403, Rest.as(base(), "somchai").get("api/forms/submissions/" + id).statusCode());
    HttpResponse<String> admin = Rest.as(base(), "wiparat").get("api/forms/accounts/" + id);
    assertEquals(403, admin.statusCode(), "an org-admin heading another unit: " + admin.body());

    Map<String, Object> requester = khwansiri.getOk("api/forms/accounts/" + id);
    assertEquals(uid + "@esa.local", requester.get("mail"), "the requester sees her personal fields");
    Map<String, Object> auditor = Rest.as(base(), "sinlapachai").getOk("api/forms/accounts/" + id);
    assertEquals(uid + "@esa.local", auditor.get("mail"), "an auditor sees them");
  }

  // ------------------------------------------------------------------ helpers

  private static Map<String, Object> repairDelegation(String delegate, String ceiling, String order) {
    Map<String, Object> d = new HashMap<>();
    d.put("delegatorUid", "director");
    d.put("delegateKind", "PERSON");
    d.put("delegateRef", delegate);
    d.put("powers", List.of("APPROVE_REPAIR"));
    d.put("ceiling", Double.valueOf(ceiling));
    d.put("unitCode", "CHUMPHON-1");
    d.put("from", OffsetDateTime.now(Fixtures.BANGKOK).minusMinutes(5).toString());
    d.put("until", OffsetDateTime.now(Fixtures.BANGKOK).plusDays(2).toString());
    if (order != null) {
      d.put("basisOrder", order);
    }
    d.put("redelegable", false);
    return d;
  }

  private static Map<String, Object> repair(String what, Number amount) {
    Map<String, Object> body = new HashMap<>();
    body.put("form", "F03");
    body.put("subject", "แจ้งซ่อม " + what + " " + RUN);
    body.put("body", "ขอให้ซ่อม");
    if (amount != null) {
      body.put("amount", amount);
    }
    body.put("describedItem", "เครื่องพิมพ์เลเซอร์");
    body.put("location", "ห้องประชุม");
    body.put("symptoms", "กระดาษติด");
    return body;
  }

  private static Map<String, Object> action(String subject) {
    Map<String, Object> body = new HashMap<>();
    body.put("form", "F05");
    body.put("subject", subject + " " + RUN);
    body.put("body", "ขอให้กลุ่มดำเนินการ");
    body.put("actionKind", "INSTALL");
    body.put("location", "ห้องกลุ่มส่งเสริมการศึกษาทางไกลฯ");
    return body;
  }

  private static long reviewed(Rest requester, Rest reviewer, Map<String, Object> body) throws Exception {
    long id = ((Number) requester.postOk("api/forms/submissions", body).get("id")).longValue();
    reviewer.postOk("api/forms/submissions/" + id + "/review", Map.of("comment", "ตรวจแล้ว"));
    return id;
  }

  private static Map<String, Object> inboxItem(Rest who, long id) throws Exception {
    for (Object o : who.getList("api/forms/inbox")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> e = (Map<String, Object>) o;
      Map<?, ?> s = (Map<?, ?>) e.get("submission");
      if (((Number) s.get("id")).longValue() == id && "APPROVE".equals(e.get("task"))) {
        return e;
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> lastStep(Map<String, Object> submission) {
    List<Object> steps = (List<Object>) submission.get("steps");
    return (Map<String, Object>) steps.get(steps.size() - 1);
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }

  /** The smallest file that starts as a PDF does: the scan's content is not read, only kept. */
  private static byte[] minimalPdf() {
    return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
        + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
  }
}
