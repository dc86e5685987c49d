package th.obec.esa.ict.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 21, keyboard-only use (WCAG 2.1.1, 2.4.3, 2.4.7): a new request filled in and filed, and a
 * confirmation dialog opened, dismissed and answered, with Tab, Shift+Tab, Enter, Space and Escape
 * alone. At every stop the focus must be drawn (an outline or a box shadow on the focused element,
 * or on the widget PrimeFaces draws for a visually hidden input); after a refusal it lands on the
 * field to put right, after a dialog closes it is back where it was, never at the top of the page.
 */
class KeyboardIT {

  private static final String RUN = Long.toString(System.nanoTime(), 36).toUpperCase();

  /** Most Tab presses a test allows itself to reach one control (the director's inbox may be long). */
  private static final int MAX_TABS = 250;

  @RegisterExtension
  final Browsers browsers = new Browsers();

  /** What has the focus now: id, tag, class, text, whether its focus is drawn, and the card it is in. */
  record Focus(String id, String tag, String cls, String text, boolean drawn, String card, String style) {
    boolean is(String clientId) {
      return clientId.equals(id);
    }

    @Override
    public String toString() {
      return tag + (id.isEmpty() ? "" : "#" + id) + " '" + text + "'" + (drawn ? "" : " (focus not drawn: " + style + ")");
    }
  }

  private static final String FOCUS = """
      var e = document.activeElement;
      if (!e || e === document.body || e === document.documentElement) { return null; }
      function drawn(x) {
        var s = getComputedStyle(x);
        return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2)
          || (s.boxShadow && s.boxShadow !== 'none');
      }
      // a control inside a PrimeFaces widget (the select menu's label, a visually hidden native input)
      // is seen as the widget drawn for it; a hidden input's own outline, 1 px wide, counts for nothing
      var w = e.closest('.ui-selectonemenu, .ui-selectcheckboxmenu, .ui-chkbox, .ui-radiobutton, .ui-inputswitch,'
        + ' .ui-fileupload-simple .ui-button, .ui-fileupload-simple');
      var box = w ? (w.querySelector('.ui-chkbox-box, .ui-radiobutton-box') || w) : null;
      var hidden = !!e.closest('.ui-helper-hidden-accessible') || e.matches('.ui-fileupload-simple input[type=file]');
      var ring = (!hidden && drawn(e)) || (!!w && (drawn(w) || drawn(box)));
      var card = e.closest('article');
      return [e.id || '', e.tagName.toLowerCase(), String(e.className || ''),
        (e.getAttribute('aria-label') || e.textContent || e.value || '').replace(/\\s+/g, ' ').trim().substring(0, 40),
        ring, card ? card.textContent : '',
        (function (s) { return 'focus-visible=' + e.matches(':focus-visible') + ' outline=' + s.outlineStyle + ' '
          + s.outlineWidth + ' box-shadow=' + s.boxShadow + ' transition=' + s.transition + ' hasFocus=' + document.hasFocus(); })(getComputedStyle(e))];
      """;

  private static Focus focus(Ui ui) {
    List<?> f = (List<?>) ui.js(FOCUS);
    if (f == null) {
      return null;
    }
    return new Focus((String) f.get(0), (String) f.get(1), (String) f.get(2), (String) f.get(3),
        Boolean.TRUE.equals(f.get(4)), (String) f.get(5), (String) f.get(6));
  }

  private static void press(Ui ui, CharSequence... keys) {
    new Actions(ui.driver()).sendKeys(keys).perform();
  }

  /**
   * Presses Tab (or Shift+Tab) until the focus is on what the test looks for, checking at every
   * stop that the focus is drawn; the stops where it is not fail the test, listed.
   */
  private static Focus tabTo(Ui ui, boolean back, Predicate<Focus> wanted, String what) {
    List<String> undrawn = new ArrayList<>();
    for (int i = 0; i < MAX_TABS; i++) {
      if (back) {
        new Actions(ui.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
      } else {
        press(ui, Keys.TAB);
      }
      Focus f = focus(ui);
      if (f != null && !f.drawn()) {
        undrawn.add(f.toString());
      }
      if (f != null && wanted.test(f)) {
        assertEquals(List.of(), undrawn, "every stop on the way to " + what + " shows its focus");
        return f;
      }
    }
    fail(what + " not reached in " + MAX_TABS + " Tab presses; stops without a drawn focus: " + undrawn);
    return null;
  }

  @Test
  void aNewRequestIsFiledWithTheKeyboardAlone() throws Exception {
    String subject = "ขอซ่อมเมาส์ (แป้นพิมพ์) " + RUN;
    Ui ui = browsers.signIn("somchai").open("forms/new.xhtml");

    // the first Tab reaches the skip link, shown when focused; Enter on it goes to the page's content
    press(ui, Keys.TAB);
    Focus skip = focus(ui);
    assertNotNull(skip, "the first Tab reaches something");
    assertTrue(skip.cls().contains("app-skip") && skip.drawn(), "the first stop is the skip link, drawn: " + skip);
    assertTrue(((Number) ui.js("return document.activeElement.getBoundingClientRect().top")).doubleValue() >= 0,
        "the skip link is on the screen when focused");
    press(ui, Keys.ENTER);

    // filed empty first: the refusal is said next to the subject, announced, and the focus is put there
    tabTo(ui, false, f -> f.tag().equals("button") && f.text().contains("ยื่นคำขอ"), "the file button");
    press(ui, Keys.ENTER);
    By subjectMessage = By.xpath("//input[@id='new:subject']/following::*[contains(@class,'ui-message')][1]");
    ui.waitText(subjectMessage, "กรุณาระบุเรื่อง");
    WebElement message = ui.visible(subjectMessage);
    assertTrue("alert".equals(message.getDomAttribute("role")) || message.getDomAttribute("aria-live") != null,
        "the message is announced (role=alert or aria-live)");
    assertEquals("true", ui.visible(By.id("new:subject")).getDomAttribute("aria-invalid"), "the field is marked invalid");
    ui.until(d -> {
      Focus f = focus(ui);
      return f != null && f.is("new:subject") ? f : null;
    });
    assertTrue(focus(ui).drawn(), "the focus on the subject is drawn");
    ui.screenshot("issue21-keyboard-refused.png");

    // filled in, going forward and back with Tab and Shift+Tab, then filed with Space
    press(ui, subject);
    tabTo(ui, false, f -> f.is("new:describedItem"), "the item");
    press(ui, "เมาส์ไร้สาย");
    tabTo(ui, false, f -> f.is("new:symptoms"), "the symptoms");
    press(ui, "คลิกขวาไม่ได้");
    tabTo(ui, false, f -> f.is("new:amount_input") || f.is("new:amount"), "the amount");
    press(ui, "350");
    tabTo(ui, true, f -> f.is("new:symptoms"), "the symptoms again, backwards");
    press(ui, " เป็นบางครั้ง");
    tabTo(ui, false, f -> f.tag().equals("button") && f.text().contains("ยื่นคำขอ"), "the file button");
    press(ui, Keys.SPACE);
    // filed, the request's own page opens (a new page: the keyboard starts at its top, the skip link)
    ui.until(d -> d.getCurrentUrl().contains("forms/view.xhtml") ? true : null);
    ui.settle();
    ui.waitText(By.id("view"), subject);
    ui.screenshot("issue21-keyboard-filed.png");

    boolean filed = false;
    for (Object o : Rest.as(Deployed.base(), "somchai").getList("api/forms/submissions")) {
      Map<?, ?> s = (Map<?, ?>) o;
      if (subject.equals(s.get("subject"))) {
        filed = true;
        assertEquals("SUBMITTED", s.get("state"));
      }
    }
    assertTrue(filed, "the request was filed");
  }

  @Test
  void aConfirmationIsOpenedDismissedAndAnsweredWithTheKeyboardAlone() throws Exception {
    String subject = "ซ่อมลำโพง (แป้นพิมพ์) " + RUN;
    Map<String, Object> body = new HashMap<>();
    body.put("form", "F03");
    body.put("subject", subject);
    body.put("amount", 400);
    body.put("describedItem", "ลำโพง");
    body.put("location", "ห้องประชุม");
    body.put("symptoms", "ไม่มีเสียง");
    long id = ((Number) Rest.as(Deployed.base(), "somchai").postOk("api/forms/submissions", body).get("id")).longValue();
    Rest.as(Deployed.base(), "nanphat").postOk("api/forms/submissions/" + id + "/review", Map.of("comment", "ตรวจแล้ว"));

    Ui ui = browsers.signIn("director").open("forms/inbox.xhtml");
    tabTo(ui, false, f -> f.tag().equals("textarea") && f.card().contains(subject), "the card's comment");
    press(ui, "โปรดแนบรูปลำโพง");
    // on along the card's buttons to its memo, a link dressed as a button, and back: every kind of
    // stop on a card is crossed whatever other cards the inbox holds
    tabTo(ui, false, f -> f.cls().contains("inbox-pdf") && f.card().contains(subject), "the card's memo link");
    Focus button = tabTo(ui, true, f -> f.cls().contains("inbox-send-back") && f.card().contains(subject),
        "the card's return-for-correction button, backwards");

    // Enter opens the confirmation with the focus inside it; Escape closes it and the focus is back
    press(ui, Keys.ENTER);
    WebElement dialog = ui.visible(By.cssSelector(".ui-confirm-dialog"));
    Focus inDialog = ui.until(d -> {
      Boolean inside = (Boolean) ui.js("return !!document.activeElement.closest('.ui-confirm-dialog')");
      return Boolean.TRUE.equals(inside) ? focus(ui) : null;
    });
    assertTrue(inDialog.drawn(), "the focus in the dialog is drawn: " + inDialog);
    assertTrue(dialog.getText().contains(subject), dialog.getText());
    ui.screenshot("issue21-keyboard-dialog.png");
    press(ui, Keys.ESCAPE);
    ui.await(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
    Focus back = ui.until(d -> {
      Focus f = focus(ui);
      return f != null && f.is(button.id()) ? f : null;
    });
    assertTrue(back.drawn(), "the focus is back on the button that opened the dialog, drawn: " + back);
    assertEquals("REVIEWED", Rest.as(Deployed.base(), "somchai").getOk("api/forms/submissions/" + id).get("state"),
        "Escape decided nothing");

    // Space opens it again; Tab (and Shift+Tab) move inside it; Enter on its confirm button answers
    press(ui, Keys.SPACE);
    ui.visible(By.cssSelector(".ui-confirm-dialog"));
    ui.until(d -> Boolean.TRUE.equals(ui.js("return !!document.activeElement.closest('.ui-confirm-dialog')")));
    Focus yes = focus(ui).cls().contains("ui-confirmdialog-yes") ? focus(ui)
        : tabTo(ui, false, f -> f.cls().contains("ui-confirmdialog-yes"), "the dialog's confirm button");
    assertTrue(yes.drawn(), "confirm is drawn focused: " + yes);
    press(ui, Keys.ENTER);
    ui.settle();
    ui.waitText(By.id("messages"), "ส่งคืนให้ผู้ขอแก้ไขแล้ว");
    assertEquals("CORRECTION", Rest.as(Deployed.base(), "somchai").getOk("api/forms/submissions/" + id).get("state"));
    Focus afterCard = ui.until(d -> focus(ui));
    assertTrue(afterCard.id().equals("content") || (Boolean) ui.js(
        "return !!document.activeElement.closest('#content')"),
        "the card gone, the focus is in the page's content, not at its top: " + afterCard);
    ui.screenshot("issue21-keyboard-after-dialog.png");
  }
}
