package th.obec.esa.ict.records.improvement;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import th.obec.esa.ict.platform.pdf.BarChart;
import th.obec.esa.ict.platform.pdf.ThaiFonts;
import th.obec.esa.ict.platform.signature.SignatureBlock;
import th.obec.esa.ict.platform.time.ThaiDates;
import th.obec.esa.ict.records.report.ReportHead;
import th.obec.esa.ict.records.report.ReportTexts;
import th.obec.esa.ict.records.report.ReportWriter;

/**
 * Prints the F17 แบบรายงานผลการพัฒนา ปรับปรุง และประยุกต์ใช้ ICT from an F16 record: the facts,
 * the problem before, what was done, the result, the indicators with their change (after −
 * before, and in percent of before) and a small before/after bar chart per indicator (each on its
 * own scale: indicators have different units), next steps, the signature and the director's
 * opinion. The F16 itself (แบบบันทึกพัฒนา ปรับปรุง และประยุกต์ใช้ ICT) prints the same record as it
 * stands, at any stage, with a line for the recorder to sign.
 */
public final class ImprovementReportRenderer {

  public static final String TITLE = "แบบรายงานผลการพัฒนา ปรับปรุง และประยุกต์ใช้ ICT";
  public static final String RECORD_TITLE = "แบบบันทึกพัฒนา ปรับปรุง และประยุกต์ใช้ ICT";

  private ImprovementReportRenderer() {}

  /** The F17 signed by the block the view's name and position give (no acting line). */
  public static byte[] render(ImprovementView v, ReportHead head, ThaiFonts fonts) {
    return render(v, new SignatureBlock(v.reporterName(), v.reporterPosition(), null, null), head, fonts);
  }

  /** @param signer the reporter's block as {@link SignatureBlock} worded it when the report was issued */
  public static byte[] render(ImprovementView v, SignatureBlock signer, ReportHead head, ThaiFonts fonts) {
    ReportWriter w = new ReportWriter(fonts, head == null || head.thaiDigits(), TITLE + " " + v.number());
    w.title(TITLE, "F17", head);
    body(w, fonts, v);
    w.signature("ผู้รายงาน", signer, ReportTexts.dateLine(v.reportedAt()));
    w.directorOpinion(ReportTexts.directorTitle(head));
    return w.finish();
  }

  /** The F16 record as it stands (a draft too), signed by hand by the one who recorded it. */
  public static byte[] record(ImprovementView v, ReportHead head, ThaiFonts fonts) {
    ReportWriter w = new ReportWriter(fonts, head == null || head.thaiDigits(), RECORD_TITLE + " " + v.number());
    w.title(RECORD_TITLE, "F16", head);
    body(w, fonts, v);
    w.signature("ผู้บันทึก", new SignatureBlock(null, null, null, null), "วันที่ ........ / ........ / ........");
    return w.finish();
  }

  private static void body(ReportWriter w, ThaiFonts fonts, ImprovementView v) {
    List<String[]> facts = new ArrayList<>();
    facts.add(new String[] {"เลขที่บันทึก (F16)", v.number()});
    facts.add(new String[] {"เรื่อง", v.title()});
    facts.add(new String[] {"กระบวนงานที่พัฒนา", v.workProcess()});
    facts.add(new String[] {"ระบบสารสนเทศของ",
        v.targets().stream().map(Target::thai).collect(Collectors.joining(" / "))});
    facts.add(new String[] {"ระยะเวลาดำเนินการ", ReportTexts.period(v.startDate(), v.endDate())});
    facts.add(new String[] {"คณะทำงาน", ReportTexts.team(v.team())});
    facts.add(new String[] {"วันที่บันทึก", ThaiDates.formatLong(v.recordedOn(), ThaiDates.THAI)});
    w.facts(facts);
    w.section("1. สภาพปัญหาก่อนการพัฒนา", v.problemBefore());
    w.section("2. การดำเนินการและเทคโนโลยีที่นำมาใช้", v.actionTaken());
    w.section("3. ผลการพัฒนา", v.result());
    w.heading("4. ตัวชี้วัดก่อนและหลังการพัฒนา");
    if (v.indicators().isEmpty()) {
      w.paragraphs("ไม่มีตัวชี้วัดเชิงปริมาณ");
    } else {
      indicatorTable(w, v.indicators());
      charts(w, fonts, v.indicators());
    }
    if (v.qualitativeOutcome() != null && !v.qualitativeOutcome().isBlank()) {
      w.heading("ผลเชิงคุณภาพ");
      w.paragraphs(v.qualitativeOutcome());
    }
    w.section("5. แนวทางการพัฒนาต่อไป", v.nextSteps());
  }

  private static void indicatorTable(ReportWriter w, List<IndicatorView> indicators) {
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < indicators.size(); i++) {
      IndicatorView x = indicators.get(i);
      rows.add(new String[] {String.valueOf(i + 1), x.name(), x.unit() == null ? "-" : x.unit(),
          IndicatorChange.text(x.before(), false), IndicatorChange.text(x.after(), false),
          IndicatorChange.text(x.change(), true),
          x.percentChange() == null ? "-" : IndicatorChange.text(x.percentChange(), true) + "%"});
    }
    w.table(new float[] {0.5f, 3.2f, 1.3f, 1.1f, 1.1f, 1.3f, 1.5f},
        new String[] {"ที่", "ตัวชี้วัด", "หน่วย", "ก่อน", "หลัง", "ผลต่าง", "ร้อยละ"}, rows,
        new int[] {Element.ALIGN_CENTER, Element.ALIGN_LEFT, Element.ALIGN_CENTER, Element.ALIGN_RIGHT,
            Element.ALIGN_RIGHT, Element.ALIGN_RIGHT, Element.ALIGN_RIGHT});
  }

  private static void charts(ReportWriter w, ThaiFonts fonts, List<IndicatorView> indicators) {
    w.heading("แผนภูมิเปรียบเทียบก่อนและหลังการพัฒนา");
    float width = w.width() * 0.85f;
    for (int i = 0; i < indicators.size(); i++) {
      IndicatorView x = indicators.get(i);
      w.ensureSpace(80f);
      w.paragraphs((i + 1) + ") " + x.name() + (x.unit() == null ? "" : " (" + x.unit() + ")"));
      double before = x.before().doubleValue();
      double after = x.after().doubleValue();
      boolean whole = x.before().stripTrailingZeros().scale() <= 0 && x.after().stripTrailingZeros().scale() <= 0;
      Image chart = BarChart.draw(w.writer(), fonts,
          List.of(new BarChart.Bar("ก่อนพัฒนา", before), new BarChart.Bar("หลังพัฒนา", after)),
          0, 4, whole ? 0 : 2, width, w::digits);
      w.image(chart);
      w.spacer(2f);
    }
  }
}
