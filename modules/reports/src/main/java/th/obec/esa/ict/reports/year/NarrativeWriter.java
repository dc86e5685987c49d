package th.obec.esa.ict.reports.year;

import th.obec.esa.ict.reports.port.AccountFigures;
import th.obec.esa.ict.reports.port.LoanFigures;
import th.obec.esa.ict.reports.port.RepairFigures;
import th.obec.esa.ict.reports.port.RequestLine;

/**
 * Writes the short Thai paragraph that opens each section of the F21 from its figures, in the
 * register of a Thai yearly report ("ในปีงบประมาณ พ.ศ. 2569 กลุ่มฯ ได้รับคำขอทั้งสิ้น 42 เรื่อง…").
 * Clauses about zero (no request rejected) are left out rather than printed as "0 เรื่อง";
 * a section without data has no paragraph (null).
 */
public final class NarrativeWriter {

  private NarrativeWriter() {}

  static Narratives write(int year, RequestSection requests, ServiceSection services, AccountSection accounts,
      EvaluationSection evaluations, ReturnSection returns, RecordSection records) {
    return new Narratives(requests(year, requests), services(year, services), accounts(year, accounts),
        evaluations(year, evaluations), returns(year, returns), records(year, records));
  }

  private static String opening(int year) {
    return "ในปีงบประมาณ พ.ศ. " + year + " ";
  }

  private static String n(long v) {
    return Numbers.count(v);
  }

  /** Section 1. */
  public static String requests(int year, RequestSection s) {
    if (s.empty()) {
      return null;
    }
    RequestLine t = s.total();
    StringBuilder b = new StringBuilder(opening(year));
    b.append("กลุ่มฯ ได้รับคำขอทั้งสิ้น ").append(n(t.received())).append(" เรื่อง ดำเนินการแล้วเสร็จ ")
        .append(n(t.completed())).append(" เรื่อง (ร้อยละ ").append(Numbers.decimal(s.completedPercent())).append(")");
    if (t.inProgress() > 0) {
      b.append(" อยู่ระหว่างดำเนินการ ").append(n(t.inProgress())).append(" เรื่อง");
    }
    if (t.rejected() > 0) {
      b.append(" ไม่อนุมัติ ").append(n(t.rejected())).append(" เรื่อง");
    }
    if (t.returned() > 0) {
      b.append(" ส่งคืนหรือถอนคำขอ ").append(n(t.returned())).append(" เรื่อง");
    }
    if (t.meanDaysToClose() != null) {
      b.append(" ใช้เวลาดำเนินการเฉลี่ย ").append(Numbers.days(t.meanDaysToClose())).append(" วันต่อเรื่อง");
    }
    RequestLine most = null;
    for (RequestLine l : s.lines()) {
      if (most == null || l.received() > most.received()) {
        most = l;
      }
    }
    if (most != null && s.lines().size() > 1) {
      b.append(" ประเภทที่ได้รับมากที่สุด คือ ").append(most.formNameTh()).append(" (").append(most.formCode())
          .append(") จำนวน ").append(n(most.received())).append(" เรื่อง");
    }
    return b.toString();
  }

  /** Section 2. */
  public static String services(int year, ServiceSection s) {
    if (s.empty()) {
      return null;
    }
    StringBuilder b = new StringBuilder(opening(year));
    RepairFigures r = s.repairs();
    if (!s.repairsEmpty()) {
      b.append("กลุ่มฯ ได้รับแจ้งซ่อมวัสดุอุปกรณ์ ").append(n(r.received())).append(" เรื่อง ซ่อมแล้วเสร็จ ")
          .append(n(r.completed())).append(" เรื่อง");
      if (s.repairsCompletedPercent() != null) {
        b.append(" (ร้อยละ ").append(Numbers.decimal(s.repairsCompletedPercent())).append(")");
      }
      if (r.meanDaysToComplete() != null) {
        b.append(" ใช้เวลาซ่อมเฉลี่ย ").append(Numbers.days(r.meanDaysToComplete())).append(" วัน");
      }
      if (r.partsCost() != null && r.partsCost().signum() > 0) {
        b.append(" ค่าวัสดุอะไหล่รวม ").append(Numbers.baht(r.partsCost())).append(" บาท");
      }
    } else {
      b.append("ไม่มีการแจ้งซ่อมวัสดุอุปกรณ์");
    }
    LoanFigures l = s.loans();
    if (!s.loansEmpty()) {
      b.append(" ส่วนการยืมวัสดุอุปกรณ์ มีการยืม ").append(n(l.loans())).append(" ครั้ง ส่งคืนแล้ว ")
          .append(n(l.returned())).append(" ครั้ง");
      if (l.returnedLate() > 0) {
        b.append(" ในจำนวนนี้ส่งคืนล่าช้า ").append(n(l.returnedLate())).append(" ครั้ง");
      }
      if (l.overdueNow() > 0) {
        b.append(" และค้างส่งคืนเกินกำหนด ณ วันที่จัดทำรายงาน ").append(n(l.overdueNow())).append(" รายการ");
      } else {
        b.append(" ไม่มีรายการค้างส่งคืนเกินกำหนด");
      }
    } else {
      b.append(" และไม่มีการยืมวัสดุอุปกรณ์");
    }
    return b.toString();
  }

  /** Section 3. */
  public static String accounts(int year, AccountSection s) {
    if (s.empty()) {
      return null;
    }
    AccountFigures a = s.figures();
    return opening(year) + "มีคำขอมีบัตรประจำตัวในการใช้งาน " + n(a.accountRequests())
        + " เรื่อง ออกบัญชีผู้ใช้งานแล้ว "
        + n(a.accountsIssued()) + " บัญชี และมีคำร้องขอเข้าถึงระบบข้อมูลสารสนเทศ " + n(a.accessRequests())
        + " เรื่อง ให้สิทธิ์การเข้าถึงแล้ว " + n(a.accessGranted()) + " รายการ"
        + (a.accessEnded() > 0 ? " และยุติสิทธิ์การเข้าถึง " + n(a.accessEnded()) + " รายการ" : "");
  }

  /** Section 4. */
  public static String evaluations(int year, EvaluationSection s) {
    if (s.empty()) {
      return null;
    }
    StringBuilder b = new StringBuilder(opening(year));
    b.append("กลุ่มฯ ได้ติดตามและประเมินผล ").append(n(s.rows().size())).append(" เรื่อง มีผู้ตอบแบบประเมินรวม ")
        .append(n(s.respondents())).append(" คน");
    if (s.overallMean() != null) {
      b.append(" ค่าเฉลี่ยรวมทุกเรื่อง ").append(Numbers.decimal(s.overallMean())).append(" อยู่ในระดับ")
          .append(s.overallBandTh());
    }
    if (s.best() != null && s.rows().size() > 1) {
      b.append(" เรื่องที่มีค่าเฉลี่ยสูงสุด คือ ").append(s.best().line().title()).append(" (")
          .append(Numbers.decimal(s.best().line().mean())).append(" ระดับ").append(s.best().bandTh()).append(")");
    }
    return b.toString();
  }

  /** Section 5. */
  public static String returns(int year, ReturnSection s) {
    if (s.empty()) {
      return null;
    }
    ReturnRow t = s.total();
    StringBuilder b = new StringBuilder(opening(year));
    b.append("กลุ่มฯ ได้จัดเก็บข้อมูลตามโปรแกรมฐานข้อมูลกลาง ").append(n(s.rows().size())).append(" ระบบ รวม ")
        .append(n(t.rounds())).append(" รอบ ต้องจัดส่งทั้งสิ้น ").append(n(t.expected())).append(" รายการ จัดส่งแล้ว ")
        .append(n(t.returned())).append(" รายการ");
    if (t.percentComplete() != null) {
      b.append(" (ร้อยละ ").append(Numbers.decimal(t.percentComplete())).append(")");
    }
    b.append(" ตรงเวลา ").append(n(t.onTime())).append(" รายการ");
    if (t.late() > 0) {
      b.append(" ล่าช้า ").append(n(t.late())).append(" รายการ");
    }
    if (t.overdue() > 0) {
      b.append(" ค้างส่งเกินกำหนด ").append(n(t.overdue())).append(" รายการ");
    }
    if (t.waiting() > 0) {
      b.append(" และยังไม่ถึงกำหนดส่ง ").append(n(t.waiting())).append(" รายการ");
    }
    return b.toString();
  }

  /** Section 6. */
  public static String records(int year, RecordSection s) {
    if (s.empty()) {
      return null;
    }
    return opening(year) + "กลุ่มฯ ได้ศึกษาวิเคราะห์ระบบข้อมูลสารสนเทศ " + n(s.studies().size())
        + " เรื่อง (รายงานผลแล้ว " + n(s.studiesReported())
        + " เรื่อง) และพัฒนา ปรับปรุง และประยุกต์ใช้ ICT ในการปฏิบัติงาน "
        + n(s.improvements().size()) + " เรื่อง (รายงานผลแล้ว " + n(s.improvementsReported()) + " เรื่อง)";
  }
}
