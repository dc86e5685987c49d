package th.obec.esa.ict.notifications.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import th.obec.esa.ict.evaluation.api.EvaluationToAnswer;
import th.obec.esa.ict.forms.api.AccessExpiring;
import th.obec.esa.ict.forms.api.LoanDue;
import th.obec.esa.ict.forms.api.SubmissionStepped;
import th.obec.esa.ict.forms.api.WaitingTask;
import th.obec.esa.ict.platform.time.ThaiDates;
import th.obec.esa.ict.records.api.DueRound;

/**
 * The mails' words: Thai, dates in the Buddhist era, each item with the link to the page that
 * deals with it, and one English line at the end. Pure, so every wording is unit-tested.
 */
public final class MailTexts {

  static final String TAG = "[ระบบสารสนเทศกลุ่ม ICT] ";
  static final String SETTINGS = "/notifications.xhtml";

  private MailTexts() {}

  /** A request that waits for the person now. */
  public static Mail waiting(String name, WaitingTask t, Function<String, String> link) {
    String what = task(t.task());
    String subject = TAG + "รอท่าน" + what + ": " + t.formName() + number(t.numberText());
    StringBuilder b = new StringBuilder();
    b.append("เรียน ").append(name).append("\n\n");
    b.append(line(t)).append("\n");
    b.append("รอท่าน").append(what).append(acting(t)).append("\n\n");
    b.append("เปิดดู: ").append(link.apply(page(t))).append("\n");
    return new Mail(subject, footer(b, link, "A request waits for you on the ICT intranet."));
  }

  /** The person's own request was decided, sent back, done or returned. */
  public static Mail decided(String name, SubmissionStepped e, Function<String, String> link) {
    String outcome = outcome(e.transition());
    String subject = TAG + "คำขอของท่าน" + outcome + ": " + e.formName() + number(e.numberText());
    StringBuilder b = new StringBuilder();
    b.append("เรียน ").append(name).append("\n\n");
    b.append(e.formName()).append(number(e.numberText())).append(" เรื่อง ").append(e.subject()).append("\n");
    b.append(outcome).append("\n");
    if (e.comment() != null && !e.comment().isBlank()) {
      b.append(commentLabel(e.transition())).append(": ").append(e.comment()).append("\n");
    }
    b.append("\nเปิดดู: ").append(link.apply("/forms/view.xhtml?id=" + e.submissionId())).append("\n");
    return new Mail(subject, footer(b, link, "Your request was decided on the ICT intranet."));
  }

  /** The daily digest of one person. */
  public static Mail digest(String name, LocalDate day, DigestContent c, Function<String, String> link) {
    String subject = TAG + "สรุปงานประจำวันที่ " + ThaiDates.formatLong(day, ThaiDates.THAI) + " (" + c.size()
        + " รายการ)";
    StringBuilder b = new StringBuilder();
    b.append("เรียน ").append(name).append("\n\n");
    b.append("สรุปเรื่องที่เกี่ยวกับท่านในระบบสารสนเทศ ณ วันที่ ").append(ThaiDates.formatLong(day, ThaiDates.THAI))
        .append("\n");
    section(b, "งานที่รอท่าน", c.waiting(), t -> line(t) + " — รอท่าน" + task(t.task()) + acting(t)
        + "\n   " + link.apply(page(t)));
    section(b, "ผลการพิจารณาคำขอของท่าน (เมื่อวาน)", c.decided(), e -> e.formName() + number(e.numberText())
        + " เรื่อง " + e.subject() + " — " + outcome(e.transition())
        + (e.comment() == null || e.comment().isBlank() ? "" : " (" + e.comment() + ")")
        + "\n   " + link.apply("/forms/view.xhtml?id=" + e.submissionId()));
    section(b, "ครุภัณฑ์ที่ท่านยืม", c.loans(), l -> l.assetNumber() + " " + l.assetName() + " ตามคำขอ"
        + number(l.numberText()) + " — " + (l.daysOverdue() > 0
            ? "เกินกำหนดคืน " + l.daysOverdue() + " วัน (กำหนดคืน " + date(l.until()) + ")"
            : "ครบกำหนดคืนพรุ่งนี้ " + date(l.until()))
        + "\n   " + link.apply("/forms/view.xhtml?id=" + l.submissionId()));
    section(b, "สิทธิ์เข้าใช้ระบบที่จะสิ้นสุด", c.accesses(), a -> a.system() + (a.role() == null ? "" : " (" + a.role()
        + ")") + " — ใช้ได้ถึง " + date(a.until()) + " หากยังต้องใช้ โปรดยื่นคำขอใหม่ (F14)"
        + "\n   " + link.apply("/forms/view.xhtml?id=" + a.submissionId()));
    section(b, "การส่งข้อมูลเข้าระบบส่วนกลาง (F01) ที่ยังส่งไม่ครบ", c.returns(), r -> r.systemLabel() + " "
        + r.label() + " — " + (r.daysOverdue() > 0
            ? "เกินกำหนด " + r.daysOverdue() + " วัน (กำหนด " + date(r.dueDate()) + ")"
            : "ครบกำหนด " + date(r.dueDate()))
        + " ยังไม่ส่ง " + r.notSent() + " แห่ง"
        + "\n   " + link.apply("/records/round.xhtml?id=" + r.roundId()));
    section(b, "แบบประเมินที่รอท่านตอบ", c.evaluations(), e -> e.title()
        + (e.plannedClose() == null ? "" : " (ปิดรับ " + date(e.plannedClose()) + ")")
        + "\n   " + link.apply("/evaluation/answer.xhtml?id=" + e.evaluationId()));
    b.append("\n");
    return new Mail(subject, footer(b, link, "Your daily summary from the ICT intranet."));
  }

  private static <T> void section(StringBuilder b, String title, List<T> items, Function<T, String> text) {
    if (items.isEmpty()) {
      return;
    }
    b.append("\n").append(title).append(" (").append(items.size()).append(")\n");
    int i = 1;
    for (T item : items) {
      b.append(i++).append(". ").append(text.apply(item)).append("\n");
    }
  }

  private static String footer(StringBuilder b, Function<String, String> link, String english) {
    b.append("\n--\nอีเมลนี้ส่งจากระบบสารสนเทศกลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร โปรดอย่าตอบกลับ\n");
    b.append("ตั้งค่าการรับอีเมลแจ้งเตือน: ").append(link.apply(SETTINGS)).append("\n");
    b.append(english).append(" Settings: ").append(link.apply(SETTINGS)).append("\n");
    return b.toString();
  }

  private static String line(WaitingTask t) {
    return t.formName() + number(t.numberText()) + " เรื่อง " + t.subject()
        + (t.requesterName() == null ? "" : " ของ " + t.requesterName());
  }

  private static String page(WaitingTask t) {
    return "CORRECT".equals(t.task()) || "CARRY_OUT".equals(t.task())
        ? "/forms/view.xhtml?id=" + t.submissionId() : "/forms/inbox.xhtml";
  }

  private static String acting(WaitingTask t) {
    return t.actingFor() == null ? "" : " (ในฐานะผู้ปฏิบัติหน้าที่แทนหรือผู้รับมอบอำนาจ)";
  }

  private static String number(String numberText) {
    return numberText == null || numberText.isBlank() ? "" : " ที่ " + numberText;
  }

  private static String date(LocalDate d) {
    return ThaiDates.formatLong(d, ThaiDates.THAI);
  }

  static String task(String task) {
    return switch (task) {
      case "REVIEW" -> "ตรวจสอบ";
      case "APPROVE" -> "พิจารณาอนุมัติ";
      case "ASSIGN" -> "มอบหมายผู้ดำเนินการ";
      case "CARRY_OUT" -> "ดำเนินการ";
      case "CORRECT" -> "แก้ไขและส่งใหม่";
      default -> "ดำเนินการ";
    };
  }

  static String outcome(String transition) {
    return switch (transition) {
      case "APPROVE" -> "ได้รับอนุมัติแล้ว";
      case "REJECT" -> "ไม่ได้รับอนุมัติ";
      case "SEND_BACK" -> "ถูกส่งคืนให้แก้ไข";
      case "COMPLETE" -> "ดำเนินการเสร็จแล้ว";
      case "RETURN" -> "ถูกส่งคืนโดยไม่ได้ดำเนินการ";
      default -> "มีความคืบหน้า";
    };
  }

  private static String commentLabel(String transition) {
    return switch (transition) {
      case "REJECT", "RETURN" -> "เหตุผล";
      case "SEND_BACK" -> "สิ่งที่ต้องแก้ไข";
      case "COMPLETE" -> "ผลการดำเนินการ";
      default -> "หมายเหตุ";
    };
  }
}
