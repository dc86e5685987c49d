package th.obec.esa.ict.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Mail in the deployed EAR (issue 18): the test domain sends to an SMTP server on portbase+25
 * (config/payara/it-domain.sh), which this test starts (GreenMail). A request submitted by one
 * person mails the ICT officer who chose immediate mail that it waits for her review — through
 * forms' own inbox rules and its event in the submitting transaction — in Thai, with the link, and
 * only her. The choice is set and reset over REST (/api/me/notifications).
 */
class MailIT {

  private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

  @Test
  void aSubmittedRequestMailsTheReviewerWhoChoseItWithTheLink() throws Exception {
    int port = Integer.getInteger("ict.it.portbase", 28000) + 25;
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    Rest khwansiri = Rest.as(Deployed.base(), "khwansiri");
    Rest somchai = Rest.as(Deployed.base(), "somchai");
    try {
      HttpResponse<String> chosen = khwansiri.send("PUT", "api/me/notifications", "application/json",
          "{\"immediateDecisions\": true}".getBytes(StandardCharsets.UTF_8));
      assertEquals(200, chosen.statusCode(), chosen.body());
      Map<String, Object> choice = Rest.map(chosen.body());
      assertEquals(Boolean.TRUE, choice.get("immediateDecisions"));
      assertEquals(Boolean.TRUE, choice.get("mailOn"));
      assertEquals("khwansiri@esa.local", choice.get("address"));

      Map<String, Object> body = new HashMap<>();
      body.put("form", "F03");
      body.put("subject", "แจ้งซ่อมเครื่องพิมพ์ MailIT " + RUN);
      body.put("body", "ขอให้ซ่อม");
      body.put("amount", 1500);
      body.put("describedItem", "เครื่องพิมพ์เลเซอร์");
      body.put("location", "ห้องประชุม");
      body.put("symptoms", "กระดาษติด");
      Map<String, Object> filed = somchai.postOk("api/forms/submissions", body);
      String number = String.valueOf(filed.get("numberText"));

      // the outbox timer runs every 2 s in the test domain; wait for the mail, at most a minute
      long deadline = System.currentTimeMillis() + 60_000;
      List<MimeMessage> ours = List.of();
      while (ours.isEmpty() && System.currentTimeMillis() < deadline) {
        smtp.waitForIncomingEmail(2_000, 1);
        ours = Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains(number)).toList();
      }
      assertEquals(1, ours.size(), "one mail about " + number);
      MimeMessage m = ours.get(0);
      assertEquals("khwansiri@esa.local", m.getRecipients(Message.RecipientType.TO)[0].toString());
      assertTrue(subject(m).startsWith("[ระบบสารสนเทศกลุ่ม ICT] รอท่านตรวจสอบ: "), subject(m));
      String text = (String) m.getContent();
      assertTrue(text.startsWith("เรียน นางขวัญศิริ กองช่าง"), text);
      assertTrue(text.contains("แจ้งซ่อมเครื่องพิมพ์ MailIT " + RUN), text);
      assertTrue(text.contains(Deployed.base().resolve("forms/inbox.xhtml").toString()), text);
    } finally {
      khwansiri.send("PUT", "api/me/notifications", "application/json",
          "{\"immediateDecisions\": false}".getBytes(StandardCharsets.UTF_8));
      smtp.stop();
    }
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
