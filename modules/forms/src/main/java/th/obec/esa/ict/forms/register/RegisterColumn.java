package th.obec.esa.ict.forms.register;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a register file. The header names them in any order and case, in English or by
 * a Thai alias as a paper register's own headings read (แบบ, เลขที่, วันที่ยื่น …).
 */
public enum RegisterColumn {
  FORM(true, "form", "แบบ", "รหัสแบบ", "แบบฟอร์ม"),
  NUMBER(true, "number", "เลขที่", "เลขที่หนังสือ", "เลขหนังสือ"),
  FILED_ON(true, "filed_on", "วันที่ยื่น", "วันที่รับ", "ลงวันที่"),
  REQUESTER(true, "requester", "ผู้ขอ", "ชื่อผู้ขอ", "ชื่อ_สกุล"),
  POSITION(false, "position", "ตำแหน่ง"),
  UNIT(false, "unit", "school", "หน่วยงาน", "โรงเรียน", "สังกัด"),
  SUBJECT(true, "subject", "เรื่อง"),
  OUTCOME(true, "outcome", "ผล", "ผลการดำเนินการ", "สถานะ"),
  DECIDED_ON(false, "decided_on", "วันที่อนุมัติ", "วันที่พิจารณา"),
  CLOSED_ON(true, "closed_on", "วันที่ปิด", "วันที่เสร็จ", "วันที่แล้วเสร็จ"),
  AMOUNT(false, "amount", "จำนวนเงิน", "ประมาณการ", "ประมาณการค่าใช้จ่าย"),
  PARTS_COST(false, "parts_cost", "ค่าอะไหล่", "ค่าวัสดุอะไหล่"),
  NOTE(false, "note", "หมายเหตุ");

  private final boolean required;
  private final List<String> names;

  RegisterColumn(boolean required, String... names) {
    this.required = required;
    this.names = List.of(names);
  }

  /** A row without a value here is refused; a file without the column at all is refused. */
  public boolean required() {
    return required;
  }

  /** The name the column is reported by and the sample file uses ("filed_on"). */
  public String header() {
    return names.get(0);
  }

  /** The column a header cell names, if any: case, spaces and dashes do not matter. */
  public static Optional<RegisterColumn> named(String headerCell) {
    String n = normal(headerCell);
    for (RegisterColumn c : values()) {
      if (c.names.stream().anyMatch(a -> normal(a).equals(n))) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private static String normal(String s) {
    return s == null ? "" : s.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-/]+", "_");
  }
}
