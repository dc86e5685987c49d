package th.obec.esa.ict.forms.spec;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import th.obec.esa.ict.forms.document.Annex;
import th.obec.esa.ict.forms.document.Memo;
import th.obec.esa.ict.forms.document.MemoComposer;
import th.obec.esa.ict.forms.port.OfficeInfo;
import th.obec.esa.ict.forms.port.PersonSummary;

/**
 * Words an F06 and an F07 as their บันทึกข้อความ: the common memo (heading, requester, chain of
 * approval) with the spec's table of items and lines, reference and unit prices and every
 * reason given; or the comparison's offers line by line with the cheapest compliant offer named.
 */
public final class SpecMemoComposer {

  private static final String CATALOGUE = "เกณฑ์ราคากลางและคุณลักษณะพื้นฐานการจัดหาอุปกรณ์และระบบคอมพิวเตอร์";

  private SpecMemoComposer() {}

  public static Memo spec(SpecView v, OfficeInfo office, PersonSummary requester) {
    Memo base = MemoComposer.compose(v.submission(), office, requester);
    List<String> paragraphs = new ArrayList<>(base.paragraphs());
    paragraphs.set(0, paragraphs.get(0) + " ตาม" + CATALOGUE + " ฉบับ " + v.editionName() + " ดังรายการต่อไปนี้");
    List<String> list = new ArrayList<>();
    for (SpecItemView i : v.items()) {
      list.addAll(itemLines(i, v.editionName()));
    }
    list.add("รวมเป็นเงินทั้งสิ้น " + baht(v.total()) + " บาท (ราคากลางรวม " + baht(v.referenceTotal()) + " บาท)");
    return new Memo(base.section(), base.number(), base.date(), base.subject(), base.to(), paragraphs, list,
        base.closing(), base.requester(), base.chain(), base.footer());
  }

  public static Memo comparison(ComparisonView v, OfficeInfo office, PersonSummary requester) {
    Memo base = MemoComposer.compose(v.submission(), office, requester);
    List<String> paragraphs = new ArrayList<>(base.paragraphs());
    String specNo = v.spec().submission().numberText();
    paragraphs.set(0, paragraphs.get(0) + " โดยเปรียบเทียบข้อเสนอของผู้เสนอราคากับคุณลักษณะตามแบบการกำหนดคุณสมบัติ"
        + (specNo == null ? "" : " ที่ " + specNo) + " เป็นรายข้อ ดังนี้");
    List<String> list = new ArrayList<>();
    for (ComparisonItemView c : v.items()) {
      SpecItemView i = c.item();
      list.add("รายการที่ " + i.itemNo() + " " + i.name() + " จำนวน " + i.quantity() + unit(i) + " ราคาที่กำหนด "
          + baht(i.unitPrice()) + " บาท ราคากลาง " + baht(i.referencePrice()) + " บาท");
      for (OfferView o : c.offers()) {
        list.add("ผู้เสนอราคาที่ " + o.offerNo() + " " + o.vendor() + " ราคาต่อหน่วย " + baht(o.unitPrice())
            + " บาท รวม " + baht(o.amount()) + " บาท: " + (o.compliant() ? "ผ่านคุณลักษณะทุกข้อ"
                : "ไม่ผ่านคุณลักษณะข้อ " + o.failedLines().stream().map(n -> i.itemNo() + "." + n)
                    .collect(Collectors.joining(", ")))
            + (o.cheapest() ? " (ราคาต่ำสุด)" : "") + (o.winner() ? " — ราคาต่ำสุดที่ผ่านคุณลักษณะ" : "")
            + (o.note() == null ? "" : " หมายเหตุ: " + o.note()));
      }
      list.add(c.winner() == null ? "สรุป รายการที่ " + i.itemNo() + " ไม่มีผู้เสนอราคาที่ผ่านคุณลักษณะ"
          : "สรุป รายการที่ " + i.itemNo() + " เห็นควรจัดซื้อจาก " + c.winner().vendor()
              + " ซึ่งเสนอราคาต่ำสุดและผ่านคุณลักษณะ เป็นเงิน " + baht(c.winner().amount()) + " บาท");
    }
    list.add("รวมเป็นเงินทั้งสิ้น " + baht(v.total()) + " บาท");
    list.add("รายละเอียดการเปรียบเทียบเป็นรายข้อตามตารางสรุปเปรียบเทียบคุณสมบัติแนบท้ายบันทึกนี้");
    return new Memo(base.section(), base.number(), base.date(), base.subject(), base.to(), paragraphs, list,
        base.closing(), base.requester(), base.chain(), base.footer()).withAnnexes(List.of(table(v, office)));
  }

  /** The short words of a verdict in a table cell. */
  static String verdict(Answer a) {
    return a == null ? "ไม่ได้ระบุ" : a.thai();
  }

  /**
   * The F07 as a table on a landscape page: per item, one row per spec line in force and one column
   * per offer (the verdict, with the vendor's note), then the prices and the outcome, the chosen
   * offer's column shaded and marked; under it the committee's signatures and the head of
   * procurement's view with his signature line.
   */
  static Annex table(ComparisonView v, OfficeInfo office) {
    List<Annex.Table> tables = new ArrayList<>();
    List<String> after = new ArrayList<>();
    for (ComparisonItemView c : v.items()) {
      SpecItemView i = c.item();
      List<String> headers = new ArrayList<>(List.of("ข้อ", "คุณลักษณะตามแบบการกำหนดคุณสมบัติ"));
      int marked = -1;
      for (OfferView o : c.offers()) {
        headers.add("ผู้เสนอราคาที่ " + o.offerNo() + " " + o.vendor() + (o.winner() ? " (ได้รับการคัดเลือก)" : ""));
        if (o.winner()) {
          marked = headers.size() - 1;
        }
      }
      float[] widths = new float[headers.size()];
      widths[0] = 1.1f;
      widths[1] = Math.max(6f, 12f - 1.5f * c.offers().size());
      for (int k = 2; k < widths.length; k++) {
        widths[k] = 4f;
      }
      List<Annex.Row> rows = new ArrayList<>();
      for (SpecLineView l : i.lines()) {
        if (!l.deviation().required()) {
          continue;
        }
        List<String> cells = new ArrayList<>(List.of(i.itemNo() + "." + l.lineNo(), l.text()));
        for (OfferView o : c.offers()) {
          AnswerView a = o.answers().stream().filter(x -> x.lineNo() == l.lineNo()).findFirst().orElse(null);
          cells.add(verdict(a == null ? null : a.answer()) + (a == null || a.note() == null ? "" : " (" + a.note() + ")"));
        }
        rows.add(new Annex.Row(cells, false));
      }
      rows.add(row("", "ราคาต่อหน่วย (บาท)", c.offers(), o -> baht(o.unitPrice()), false));
      rows.add(row("", "รวมเป็นเงิน " + i.quantity() + unit(i) + " (บาท)", c.offers(), o -> baht(o.amount()), false));
      rows.add(row("", "ผลการพิจารณา", c.offers(), o -> (o.compliant() ? "ผ่านคุณลักษณะ"
          : "ไม่ผ่านคุณลักษณะข้อ " + o.failedLines().stream().map(n -> i.itemNo() + "." + n)
              .collect(Collectors.joining(", "))) + (o.cheapest() ? " ราคาต่ำสุด" : "")
          + (o.winner() ? " ได้รับการคัดเลือก" : ""), true));
      tables.add(new Annex.Table("รายการที่ " + i.itemNo() + " " + i.name() + " จำนวน " + i.quantity() + unit(i)
          + " ราคากลาง " + baht(i.referencePrice()) + " บาท ราคาต่อหน่วยที่กำหนด " + baht(i.unitPrice()) + " บาท",
          headers, widths, rows, marked));
      after.add(c.winner() == null ? "รายการที่ " + i.itemNo() + " ไม่มีผู้เสนอราคาที่ผ่านคุณลักษณะ"
          : "รายการที่ " + i.itemNo() + " คณะกรรมการเห็นควรจัดซื้อจาก " + c.winner().vendor()
              + " ซึ่งผ่านคุณลักษณะและเสนอราคาต่ำสุด เป็นเงิน " + baht(c.winner().amount()) + " บาท");
    }
    after.add("รวมเป็นเงินทั้งสิ้น " + baht(v.total()) + " บาท");
    List<Memo.Signature> signatures = v.committee().stream()
        .map(m -> signature(m.role().thai(), m)).toList();
    Annex.Closing closing = null;
    CommitteeMemberView head = v.procurementHead();
    if (head != null) {
      closing = new Annex.Closing("ความเห็นของหัวหน้าเจ้าหน้าที่",
          List.of("เรียน " + office.directorTitle() + " เห็นควรจัดซื้อตามที่คณะกรรมการเสนอ จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ"),
          signature("หัวหน้าเจ้าหน้าที่", head));
    }
    String specNo = v.spec().submission().numberText();
    String number = v.submission().numberText();
    return new Annex("ตารางสรุปเปรียบเทียบคุณสมบัติ",
        List.of("แนบท้ายบันทึก" + (number == null ? "" : " ที่ " + number) + " เปรียบเทียบข้อเสนอกับแบบการกำหนดคุณสมบัติ"
            + (specNo == null ? "" : " ที่ " + specNo) + " ฉบับ " + v.spec().editionName()),
        tables, after, signatures, closing, true, false);
  }

  /** A signer's block: the own position, and the order's acting role on a line of its own. */
  private static Memo.Signature signature(String caption, CommitteeMemberView m) {
    String position = m.position();
    String acting = null;
    int at = position == null ? -1 : position.indexOf(" ปฏิบัติหน้าที่ ");
    if (at > 0) {
      acting = position.substring(at + 1);
      position = position.substring(0, at);
    }
    return new Memo.Signature(caption, m.name(), position, acting, null);
  }

  private static Annex.Row row(String no, String label, List<OfferView> offers,
      java.util.function.Function<OfferView, String> cell, boolean emphasis) {
    List<String> cells = new ArrayList<>(List.of(no, label));
    offers.forEach(o -> cells.add(cell.apply(o)));
    return new Annex.Row(cells, emphasis);
  }

  private static List<String> itemLines(SpecItemView i, String edition) {
    List<String> out = new ArrayList<>();
    out.add("รายการที่ " + i.itemNo() + " " + i.name() + " (ฉบับ " + edition + " ข้อ " + i.catalogItemNo() + ") จำนวน "
        + i.quantity() + unit(i) + " ราคากลาง " + baht(i.referencePrice()) + " บาท ราคาต่อหน่วยที่กำหนด "
        + baht(i.unitPrice()) + " บาท" + (i.aboveReference() ? " (สูงกว่าราคากลาง)" : "") + " รวมเป็นเงิน "
        + baht(i.amount()) + " บาท");
    if (i.priceReason() != null) {
      out.add("เหตุผลที่กำหนดราคาสูงกว่าราคากลาง: " + i.priceReason());
    }
    for (SpecLineView l : i.lines()) {
      String no = i.itemNo() + "." + l.lineNo() + " ";
      switch (l.deviation()) {
        case AS_CATALOGUE -> out.add(no + l.text());
        case ADDED -> out.add(no + l.text() + " [" + l.deviation().thai() + "]"
            + (l.reason() == null ? "" : " เหตุผล: " + l.reason()));
        case EDITED -> out.add(no + l.text() + " [" + l.deviation().thai() + " เดิม: " + l.catalogueText() + "]"
            + " เหตุผล: " + l.reason());
        case REMOVED -> out.add(no + "[" + l.deviation().thai() + ": " + l.text() + "] เหตุผล: " + l.reason());
      }
    }
    return out;
  }

  private static String unit(SpecItemView i) {
    return i.unitName() == null ? "" : " " + i.unitName();
  }

  /** 21000 → "21,000.00". */
  public static String baht(BigDecimal amount) {
    DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return f.format(amount);
  }
}
