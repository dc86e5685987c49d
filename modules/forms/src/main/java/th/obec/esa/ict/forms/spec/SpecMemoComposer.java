package th.obec.esa.ict.forms.spec;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
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
      for (SpecLineView l : i.lines()) {
        if (!l.deviation().required()) {
          continue;
        }
        StringBuilder row = new StringBuilder("ข้อ " + i.itemNo() + "." + l.lineNo() + " " + l.text() + ":");
        for (OfferView o : c.offers()) {
          AnswerView a = o.answers().stream().filter(x -> x.lineNo() == l.lineNo()).findFirst().orElse(null);
          row.append(" ผู้เสนอราคาที่ ").append(o.offerNo()).append(' ')
              .append(a == null || a.answer() == null ? "ไม่ได้ระบุ" : a.answer().thai())
              .append(a == null || a.note() == null ? "" : " (" + a.note() + ")").append(';');
        }
        list.add(row.substring(0, row.length() - 1));
      }
      list.add(c.winner() == null ? "สรุป รายการที่ " + i.itemNo() + " ไม่มีผู้เสนอราคาที่ผ่านคุณลักษณะ"
          : "สรุป รายการที่ " + i.itemNo() + " เห็นควรจัดซื้อจาก " + c.winner().vendor()
              + " ซึ่งเสนอราคาต่ำสุดและผ่านคุณลักษณะ เป็นเงิน " + baht(c.winner().amount()) + " บาท");
    }
    list.add("รวมเป็นเงินทั้งสิ้น " + baht(v.total()) + " บาท");
    return new Memo(base.section(), base.number(), base.date(), base.subject(), base.to(), paragraphs, list,
        base.closing(), base.requester(), base.chain(), base.footer());
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
