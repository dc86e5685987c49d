package th.obec.esa.ict.records.study;

import java.util.ArrayList;
import java.util.List;
import th.obec.esa.ict.platform.signature.SignatureBlock;
import th.obec.esa.ict.platform.pdf.ThaiFonts;
import th.obec.esa.ict.platform.time.ThaiDates;
import th.obec.esa.ict.records.report.ReportHead;
import th.obec.esa.ict.records.report.ReportTexts;
import th.obec.esa.ict.records.report.ReportWriter;

/**
 * Prints the F15 แบบรายงานผลการศึกษาวิเคราะห์ from an F13 record: the study's facts, objectives,
 * scope and method, findings, problems, recommendations, the reporting officer's signature and
 * space for the director's opinion. Nothing is typed again: everything comes from the record.
 */
public final class StudyReportRenderer {

  public static final String TITLE = "แบบรายงานผลการศึกษาวิเคราะห์";

  private StudyReportRenderer() {}

  /** The F15 signed by the block the view's name and position give (no acting line). */
  public static byte[] render(StudyView s, ReportHead head, ThaiFonts fonts) {
    return render(s, new SignatureBlock(s.reporterName(), s.reporterPosition(), null, null), head, fonts);
  }

  /** @param signer the reporter's block as {@link SignatureBlock} worded it when the report was issued */
  public static byte[] render(StudyView s, SignatureBlock signer, ReportHead head, ThaiFonts fonts) {
    ReportWriter w = new ReportWriter(fonts, head == null || head.thaiDigits(), TITLE + " " + s.number());
    w.title(TITLE, "F15", head);
    List<String[]> facts = new ArrayList<>();
    facts.add(new String[] {"เลขที่บันทึก (F13)", s.number()});
    facts.add(new String[] {"เรื่อง", s.title()});
    facts.add(new String[] {"ระบบที่ศึกษา", s.systemStudied()});
    facts.add(new String[] {"ระยะเวลาดำเนินการ", ReportTexts.period(s.startDate(), s.endDate())});
    facts.add(new String[] {"คณะทำงาน", ReportTexts.team(s.team())});
    facts.add(new String[] {"วันที่บันทึก", ThaiDates.formatLong(s.recordedOn(), ThaiDates.THAI)});
    w.facts(facts);
    w.section("1. วัตถุประสงค์", s.objectives());
    w.section("2. ขอบเขตและวิธีการศึกษา", s.scopeMethod());
    w.section("3. ผลการศึกษาวิเคราะห์", s.findings());
    w.section("4. ปัญหาและอุปสรรค", s.problems());
    w.section("5. ข้อเสนอแนะ", s.recommendations());
    w.signature("ผู้รายงาน", signer, ReportTexts.dateLine(s.reportedAt()));
    w.directorOpinion(ReportTexts.directorTitle(head));
    return w.finish();
  }
}
