package th.obec.esa.ict.notifications.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.evaluation.api.EvaluationToAnswer;
import th.obec.esa.ict.forms.api.WaitingTask;

/** The mails' Thai wording, Buddhist-era dates and links. */
class MailTextsTest {

  static final Function<String, String> LINK = path -> "https://intranet.office.local" + path;

  @Test
  void aRequestWaitingForApprovalAsStandInSaysSoAndLinksToTheInbox() {
    WaitingTask t = new WaitingTask(41, "F03", "แบบคำขอซ่อมบำรุงคอมพิวเตอร์", "ศธ 04086/41", "เครื่องพิมพ์เสีย",
        "นายสมชาย โกฎวิเชียร", "APPROVE", "nanphat");
    Mail m = MailTexts.waiting("นางขวัญศิริ กองช่าง", t, LINK);
    assertEquals("[ระบบสารสนเทศกลุ่ม ICT] รอท่านพิจารณาอนุมัติ: แบบคำขอซ่อมบำรุงคอมพิวเตอร์ ที่ ศธ 04086/41", m.subject());
    assertTrue(m.body().startsWith("เรียน นางขวัญศิริ กองช่าง\n"));
    assertTrue(m.body().contains("เรื่อง เครื่องพิมพ์เสีย ของ นายสมชาย โกฎวิเชียร"));
    assertTrue(m.body().contains("ในฐานะผู้ปฏิบัติหน้าที่แทน"));
    assertTrue(m.body().contains("https://intranet.office.local/forms/inbox.xhtml"));
    assertTrue(m.body().contains("https://intranet.office.local/notifications.xhtml"));
  }

  @Test
  void aRequestSentBackSaysWhatToCorrectAndLinksToTheRequest() {
    Mail m = MailTexts.decided("นายสมชาย โกฎวิเชียร", DigestRulesTest.step(3, "SEND_BACK", "CORRECTION", "somchai",
        "khwansiri").withComment("แนบใบเสนอราคา"), LINK);
    assertTrue(m.subject().contains("คำขอของท่านถูกส่งคืนให้แก้ไข"));
    assertTrue(m.body().contains("สิ่งที่ต้องแก้ไข: แนบใบเสนอราคา"));
    assertTrue(m.body().contains("https://intranet.office.local/forms/view.xhtml?id=3"));
  }

  @Test
  void theDigestListsEachSectionWithBuddhistEraDatesAndCounts() {
    DigestContent c = DigestRules.contentFor(DigestRulesTest.KHWANSIRI, false, DigestRulesTest.FACTS,
        List.of(new WaitingTask(40, "F03", "แบบคำขอซ่อม", "ศธ 04086/40", "จอเสีย", "นายสมชาย", "REVIEW", null)),
        List.of(new EvaluationToAnswer(7, "F18", "ความพึงพอใจต่อบริการ ICT", null)));
    Mail m = MailTexts.digest("นางขวัญศิริ กองช่าง", DigestRulesTest.DAY, c, LINK);
    assertEquals("[ระบบสารสนเทศกลุ่ม ICT] สรุปงานประจำวันที่ 7 ธันวาคม 2569 (5 รายการ)", m.subject());
    String body = m.body();
    assertTrue(body.contains("งานที่รอท่าน (1)\n1. แบบคำขอซ่อม ที่ ศธ 04086/40 เรื่อง จอเสีย ของ นายสมชาย — รอท่านตรวจสอบ"));
    assertTrue(body.contains("ผลการพิจารณาคำขอของท่าน (เมื่อวาน) (1)"));
    assertTrue(body.contains("ไม่ได้รับอนุมัติ"));
    assertTrue(body.contains("เกินกำหนดคืน 3 วัน (กำหนดคืน 4 ธันวาคม 2569)"));
    assertTrue(body.contains("DMC ภาคเรียนที่ 2/2569 — ครบกำหนด 10 ธันวาคม 2569 ยังไม่ส่ง 12 แห่ง"));
    assertTrue(body.contains("https://intranet.office.local/records/round.xhtml?id=30"));
    assertTrue(body.contains("แบบประเมินที่รอท่านตอบ (1)"));
    assertTrue(body.contains("https://intranet.office.local/evaluation/answer.xhtml?id=7"));
    assertFalse(body.contains("สิทธิ์เข้าใช้ระบบ"), "a section with nothing in it is left out");
    assertTrue(body.contains("Your daily summary"));
  }

  @Test
  void aLoanDueTomorrowAndAnAccessEndingSaySo() {
    DigestContent c = DigestRules.contentFor(DigestRulesTest.SOMCHAI, true, DigestRulesTest.FACTS, List.of(), List.of());
    String body = MailTexts.digest("นายสมชาย", DigestRulesTest.DAY, c, LINK).body();
    assertTrue(body.contains("ครบกำหนดคืนพรุ่งนี้ 8 ธันวาคม 2569"));
    assertTrue(body.contains("DMC (ผู้บันทึก) — ใช้ได้ถึง 21 ธันวาคม 2569"));
  }
}
