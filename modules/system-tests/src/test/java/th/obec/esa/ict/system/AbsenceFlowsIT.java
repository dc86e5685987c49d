package th.obec.esa.ict.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.By;

/**
 * Issue 4 through the deployed EAR: while nanphat is away, khwansiri acts for her by order
 * 275/2561 (the header names the basis), and no longer once nanphat is back. Who is present is
 * shared by every test, so this class runs alone ({@link Isolated}) and gives nanphat back in a
 * {@code finally}, pass or fail.
 */
@Isolated("records an absence of nanphat, whom other tests need present")
class AbsenceFlowsIT {

  private static final String NANPHAT_TH = "นางนันทน์ภัส เกียรติมาพรศักดิ์";
  private static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase();

  @RegisterExtension
  final Browsers browsers = new Browsers();

  private static java.net.URI base() {
    return Deployed.base();
  }

  @Test
  void khwansiriActsForNanphatWhileSheIsAwayAndNoLongerOnceSheIsBack() throws Exception {
    Rest nanphat = Rest.as(base(), "nanphat");
    Rest khwansiri = Rest.as(base(), "khwansiri");
    Map<String, Object> before = nanphat.getOk("api/acting?power=APPROVE_ACCESS&unit=ICT");
    assertEquals("nanphat", before.get("actorUid"), "with no absence, nanphat herself: " + before);

    Map<String, Object> absence = new LinkedHashMap<>();
    absence.put("personUid", "nanphat");
    absence.put("kind", "LEAVE");
    // from now, not from midnight: another test's absence of hers may have ended earlier today, and
    // two absences of one person never overlap
    absence.put("from", OffsetDateTime.now(Fixtures.BANGKOK).toString());
    absence.put("until", java.time.LocalDate.now(Fixtures.BANGKOK).plusDays(1) + "T00:00:00+07:00");
    absence.put("note", "ลาป่วย " + RUN);
    long absenceId = ((Number) nanphat.postOk("api/absences", absence).get("id")).longValue();
    try {
      Map<String, Object> away = nanphat.getOk("api/acting?power=APPROVE_ACCESS&unit=ICT");
      assertEquals("khwansiri", away.get("actorUid"), away.toString());
      assertEquals("nanphat", away.get("actingForUid"), away.toString());
      assertEquals("275/2561", away.get("orderNumber"), away.toString());
      assertEquals("1.10", away.get("dutyNumber"), away.toString());
      assertTrue(String.valueOf(away.get("basisTh")).contains("275/2561"), away.toString());
      assertFalse(khwansiri.getList("api/acting/options").isEmpty(), "khwansiri may act for nanphat now");

      Ui ui = browsers.signIn("khwansiri");
      ui.visible(By.id("actingForm"));
      ui.screenshot("issue4-acting-switch.png");
      ui.choose("actingForm:actingChoice", "nanphat");
      ui.click(By.id("actingForm:startActing")).waitText(By.id("actingNow"), NANPHAT_TH);
      String header = ui.text(By.id("actingForm"));
      assertTrue(header.contains("275/2561"), "the basis in the header: " + header);
      ui.screenshot("issue4-acting-for-nanphat.png");

      // nanphat, back, ends her own absence with the "back now" button of the absence calendar
      Ui back = browsers.signIn("nanphat").open("delegation/absences.xhtml");
      By row = By.xpath("//tbody[@id='absences:calendar_data']/tr[contains(., '" + RUN + "')]");
      back.visible(row);
      back.screenshot("issue4-absence-calendar.png");
      back.click(By.xpath("//tbody[@id='absences:calendar_data']/tr[contains(., '" + RUN + "')]"
          + "//button[contains(., 'กลับมาแล้ว')]"));
      back.waitText(By.id("messages"), "สิ้นสุดการไม่อยู่แล้ว");
      back.screenshot("issue4-absence-ended.png");

      ui.driver().navigate().refresh();
      ui.settle().visible(By.id("currentUserName"));
      assertTrue(ui.absent(By.id("actingForm")), "the switch is gone once she is back");
      assertTrue(ui.absent(By.id("actingNow")), "no longer acting for her");
      ui.screenshot("issue4-back-no-acting.png");
    } finally {
      // whatever happened above, nanphat is back for every other test
      nanphat.post("api/absences/" + absenceId + "/end", "");
    }
    assertTrue(khwansiri.getList("api/acting/options").isEmpty(), "nobody to act for once nanphat is back");
    Map<String, Object> back = nanphat.getOk("api/acting?power=APPROVE_ACCESS&unit=ICT");
    assertEquals("nanphat", back.get("actorUid"), back.toString());
    assertNull(back.get("actingForUid"), back.toString());
  }
}
