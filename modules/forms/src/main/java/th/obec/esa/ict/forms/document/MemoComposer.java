package th.obec.esa.ict.forms.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.loan.LoanView;
import th.obec.esa.ict.forms.port.BasisKind;
import th.obec.esa.ict.forms.port.OfficeInfo;
import th.obec.esa.ict.forms.port.PersonSummary;
import th.obec.esa.ict.forms.repair.RepairView;
import th.obec.esa.ict.forms.submission.StepView;
import th.obec.esa.ict.forms.submission.SubmissionView;
import th.obec.esa.ict.forms.submission.WorkLogView;
import th.obec.esa.ict.forms.use.UseLine;
import th.obec.esa.ict.forms.workflow.State;
import th.obec.esa.ict.forms.workflow.Transition;
import th.obec.esa.ict.platform.signature.SignatureBlock;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.platform.time.ThaiDates;

/**
 * Puts a submission into the words of a Thai official memo: who asks what of whom, and the chain
 * of review and approval with the acting wording the law asks for ("ปฏิบัติหน้าที่แทน" when
 * standing in by order, "ปฏิบัติราชการแทน" under a delegation).
 */
public final class MemoComposer {

  private MemoComposer() {}

  public static Memo compose(SubmissionView s, OfficeInfo office, PersonSummary requester) {
    return compose(s, office, requester, uid -> uid);
  }

  /**
   * @param names the name a memo prints for a staff uid (the work log keeps uids); the uid itself
   *     when the staff list does not know it
   */
  public static Memo compose(SubmissionView s, OfficeInfo office, PersonSummary requester,
      java.util.function.UnaryOperator<String> names) {
    String unitName = requester != null && requester.unitName() != null ? requester.unitName() : s.contactSchool();
    String section = (unitName == null ? "" : unitName + " ") + office.shortName()
        + (office.phone() == null ? "" : " โทร. " + office.phone());
    LocalDate date = s.submittedOn() != null ? s.submittedOn() : OfficeTime.dayOf(s.createdAt());
    List<String> paragraphs = new ArrayList<>();
    List<String> list = new ArrayList<>();
    paragraphs.add(opening(s, requester) + " " + request(s, list));
    if (s.body() != null) {
      paragraphs.add(s.body());
    }
    Memo.Signature me = new Memo.Signature("ผู้ขอ", s.requesterName(),
        s.contactSchool() != null ? s.contactSchool() : s.requesterPosition(), null, null);
    List<Memo.ChainEntry> chain = new ArrayList<>();
    for (StepView step : s.steps()) {
      String heading = heading(step.action());
      if (heading != null) {
        chain.add(new Memo.ChainEntry(heading, step.comment(), signature(step), basisNote(step)));
      }
    }
    String footer = s.form() + " " + s.formName();
    List<Annex> annexes = s.form() == FormCode.F04 && !s.loans().isEmpty() ? List.of(loanRecord(s))
        : s.form() == FormCode.F03 && !s.workLog().isEmpty() ? List.of(workLog(s, names)) : List.of();
    return new Memo(section, s.numberText(), ThaiDates.formatLong(date, ThaiDates.THAI), s.subject(), s.addressedTo(),
        paragraphs, list, "จึงเรียนมาเพื่อโปรดพิจารณา", me, chain, footer, annexes);
  }

  /**
   * The F04's record of what happened to each borrowed asset after approval: the period asked, the
   * day it was handed out, the day it came back (late or not) and its condition then; signed by the
   * borrower and by whoever received it back (the officer who closed the loan). Printed after the
   * chain, as the loan book has it; an asset not yet out or not yet back says so.
   */
  static Annex loanRecord(SubmissionView s) {
    List<Annex.Row> rows = new ArrayList<>();
    int n = 0;
    for (LoanView l : s.loans()) {
      rows.add(new Annex.Row(List.of(String.valueOf(++n), l.assetName() + " หมายเลขครุภัณฑ์ " + l.assetNumber(),
          "ยืม " + cellDay(l.from()) + "\nคืน " + cellDay(l.until()),
          (l.handedOutOn() == null ? "ยังไม่ได้ส่งมอบ" : "ส่งมอบ " + cellDay(l.handedOutOn())) + "\n" + returned(l),
          condition(l)), false));
    }
    StepView handOut = null;
    StepView back = null;
    for (StepView step : s.steps()) {
      if (step.action() == Transition.ASSIGN && step.fromState() == State.APPROVED && handOut == null) {
        handOut = step;
      }
      if (step.action() == Transition.COMPLETE || step.action() == Transition.RETURN) {
        back = step;
      }
    }
    boolean returned = s.loans().stream().anyMatch(l -> l.returnedOn() != null);
    List<String> after = new ArrayList<>();
    if (handOut != null) {
      after.add("ผู้ส่งมอบ " + handOut.actorName() + " เมื่อวันที่ " + day(OfficeTime.dayOf(handOut.at())));
    }
    if (back != null && returned) {
      after.add("ผู้รับคืน " + back.actorName() + " เมื่อวันที่ " + day(OfficeTime.dayOf(back.at())));
    }
    List<Memo.Signature> signatures = new ArrayList<>();
    signatures.add(new Memo.Signature("ผู้ยืม", s.requesterName(),
        s.contactSchool() != null ? s.contactSchool() : s.requesterPosition(), null, null));
    if (back != null && returned) {
      SignatureBlock b = block(back);
      signatures.add(new Memo.Signature("ผู้รับคืน", back.actorName(), b.position(), b.actingLine(),
          day(OfficeTime.dayOf(back.at()))));
    } else {
      signatures.add(new Memo.Signature("ผู้รับคืน", "..................................", null, null, null));
    }
    return new Annex("บันทึกการส่งมอบและการรับคืนวัสดุอุปกรณ์", List.of(),
        List.of(new Annex.Table(null, List.of("ที่", "รายการ", "กำหนดยืม–คืน", "ส่งมอบและรับคืน",
            "สภาพเมื่อคืน"), new float[] {0.5f, 2.5f, 2.8f, 3.8f, 2.9f}, rows, -1)),
        after, signatures, null, false, true);
  }

  /**
   * The F03's work log after the chain: each entry's day (Asia/Bangkok), who worked, what was done,
   * the parts and their cost, and the parts' total.
   */
  static Annex workLog(SubmissionView s, java.util.function.UnaryOperator<String> names) {
    List<Annex.Row> rows = new ArrayList<>();
    java.math.BigDecimal total = java.math.BigDecimal.ZERO;
    int n = 0;
    for (WorkLogView w : s.workLog()) {
      rows.add(new Annex.Row(List.of(String.valueOf(++n), cellDay(OfficeTime.dayOf(w.at())),
          names.apply(w.actorUid()), w.note(), w.parts() == null ? "-" : w.parts(),
          w.partsCost() == null ? "-" : money(w.partsCost())), false));
      if (w.partsCost() != null) {
        total = total.add(w.partsCost());
      }
    }
    rows.add(new Annex.Row(List.of("", "", "", "", "รวมค่าอะไหล่", money(total)), true));
    return new Annex("บันทึกการปฏิบัติงานซ่อม", List.of(), List.of(new Annex.Table(null,
        List.of("ที่", "วันที่", "ผู้ปฏิบัติ", "รายละเอียดการปฏิบัติงาน", "อะไหล่ที่ใช้", "ค่าอะไหล่ (บาท)"),
        new float[] {0.5f, 2.3f, 2.8f, 4.2f, 2.6f, 2.1f}, rows, -1)), List.of(), List.of(), null, false, true);
  }

  private static String money(java.math.BigDecimal amount) {
    return new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))
        .format(amount);
  }

  private static String returned(LoanView l) {
    if (l.returnedOn() == null) {
      return "ยังไม่ได้คืน";
    }
    long late = java.time.temporal.ChronoUnit.DAYS.between(l.until(), l.returnedOn());
    return "รับคืน " + cellDay(l.returnedOn()) + (late > 0 ? "\n(เกินกำหนด " + late + " วัน)" : "");
  }

  private static String condition(LoanView l) {
    if (l.returnedOn() == null || l.conditionOk() == null) {
      return "-";
    }
    String note = l.conditionNote() == null || l.conditionNote().isBlank() ? "" : " " + l.conditionNote().strip();
    return (l.conditionOk() ? "เรียบร้อย ใช้งานได้ตามปกติ" : "ชำรุด") + note;
  }

  /** A day in a table cell: "8 ธ.ค. 2569". */
  private static String cellDay(LocalDate d) {
    return d == null ? "-" : ThaiDates.formatShort(d, ThaiDates.THAI);
  }

  private static String day(LocalDate d) {
    return d == null ? "-" : ThaiDates.formatLong(d, ThaiDates.THAI);
  }

  /**
   * "ปฏิบัติหน้าที่แทน ผู้อำนวยการกลุ่ม…", "รักษาราชการแทน ผู้อำนวยการสำนักงาน…" or "ปฏิบัติราชการแทน
   * ผู้อำนวยการสำนักงาน…"; null when not acting for someone.
   */
  public static String actingLine(BasisKind kind, String principalTitle) {
    if (kind == null || !kind.isActingForAnother()) {
      return null;
    }
    return SignatureBlock.of("", null, null, kindOf(kind), principalTitle, null).actingLine();
  }

  static String actingWord(BasisKind kind) {
    return SignatureBlock.wording(kindOf(kind));
  }

  /** The platform's kind of a step's basis: the one wording of signatures. */
  public static SignatureBlock.Kind kindOf(BasisKind kind) {
    return kind == null ? SignatureBlock.Kind.OWN : SignatureBlock.Kind.valueOf(kind.name());
  }

  /** The signature block of a step: own position, the order's acting line or the acting wording, the basis. */
  public static SignatureBlock block(StepView step) {
    return SignatureBlock.of(step.actorName(), step.actorPosition(), step.actorActingRole(), kindOf(step.basisKind()),
        step.actingForTitle(), step.basis());
  }

  private static String opening(SubmissionView s, PersonSummary p) {
    if (s.contactSchool() != null) {
      return "ด้วย " + s.requesterName() + " " + s.contactSchool()
          + (s.contactPhone() == null ? "" : " โทร. " + s.contactPhone());
    }
    return "ด้วยข้าพเจ้า " + s.requesterName()
        + (s.requesterPosition() == null ? "" : " ตำแหน่ง " + s.requesterPosition())
        + (p == null || p.unitName() == null ? "" : " " + p.unitName());
  }

  private static String request(SubmissionView s, List<String> list) {
    FormCode form = s.form();
    switch (form) {
      case F02 -> {
        int n = 0;
        for (UseLine line : s.useLines()) {
          list.add(++n + ". " + line.description() + " จำนวน " + line.quantity() + " " + line.unitName());
        }
        return "มีความประสงค์ขอใช้วัสดุอุปกรณ์ ดังรายการต่อไปนี้";
      }
      case F03 -> {
        RepairView r = s.repair();
        return "ขอแจ้งซ่อม " + r.itemLabel() + (r.location() == null ? "" : " ซึ่งอยู่ที่ " + r.location())
            + " โดยมีอาการชำรุดดังนี้ " + r.symptoms();
      }
      case F04 -> {
        int n = 0;
        LocalDate from = null;
        LocalDate until = null;
        for (LoanView l : s.loans()) {
          list.add(++n + ". " + l.assetName() + " หมายเลขครุภัณฑ์ " + l.assetNumber());
          from = l.from();
          until = l.until();
        }
        return "มีความประสงค์ขอยืมวัสดุอุปกรณ์ ดังรายการต่อไปนี้"
            + (from == null ? "" : " ตั้งแต่วันที่ " + ThaiDates.formatLong(from, ThaiDates.THAI) + " ถึงวันที่ "
                + ThaiDates.formatLong(until, ThaiDates.THAI));
      }
      case F05 -> {
        var a = s.action();
        return "มีความประสงค์ขอให้ดำเนินการ" + a.kind().thai() + (a.location() == null ? "" : " ณ " + a.location())
            + (a.wantedBy() == null ? "" : " ภายในวันที่ " + ThaiDates.formatLong(a.wantedBy(), ThaiDates.THAI));
      }
      default -> {
        return "มีความประสงค์ขอเสนอ" + form.thaiName() + " เรื่อง " + s.subject();
      }
    }
  }

  private static String heading(Transition t) {
    return switch (t) {
      case REVIEW -> "ความเห็นของกลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร: ตรวจสอบแล้ว เห็นควรพิจารณา";
      case APPROVE -> "การพิจารณา: อนุมัติ";
      case REJECT -> "การพิจารณา: ไม่อนุมัติ";
      case SEND_BACK -> "ส่งคืนผู้ขอเพื่อแก้ไข";
      case ASSIGN -> "มอบหมายผู้ดำเนินการ";
      case COMPLETE -> "ผลการดำเนินการ: ดำเนินการเรียบร้อยแล้ว";
      case RETURN -> "ผลการดำเนินการ: ส่งคืนผู้ขอ";
      default -> null;
    };
  }

  private static Memo.Signature signature(StepView step) {
    String date = ThaiDates.formatLong(OfficeTime.dayOf(step.at()), ThaiDates.THAI);
    SignatureBlock b = block(step);
    return new Memo.Signature("", step.actorName(), b.position(), b.actingLine(), date, b.basisLine());
  }

  /** The record of who really acted for whom and why, in one line. */
  private static String basisNote(StepView step) {
    if (!step.isActing() || step.basisKind() == null || !step.basisKind().isActingForAnother()) {
      return null;
    }
    return step.actorName() + " " + actingWord(step.basisKind()) + " " + step.actingForName()
        + (step.actingForTitle() == null ? "" : " " + step.actingForTitle())
        + (step.basis() == null ? "" : " ตาม" + step.basis());
  }
}
