package th.obec.esa.ict.platform.signature;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place that words a signature block, for every document (memos, F12, F15, F17, F21) and
 * page: the name; the signer's own position; then the line the law asks for on the basis they
 * sign on; then what that basis rests on.
 *
 * <ul>
 *   <li>in one's own right: the acting role the order in force gives the signer, exactly as it prints
 *       it ("ปฏิบัติหน้าที่ ผู้อำนวยการกลุ่มส่งเสริม…"), under her own position ("นักวิเคราะห์นโยบายและแผน
 *       ชำนาญการ"); never the post as if she held it;</li>
 *   <li>standing in by order for a unit's director: "ปฏิบัติหน้าที่แทน ผู้อำนวยการกลุ่ม…", basis the order
 *       and clause;</li>
 *   <li>standing in for the head of the office (a statutory post): "รักษาราชการแทน ผู้อำนวยการสำนักงานเขต
 *       พื้นที่การศึกษา…", basis the order and clause;</li>
 *   <li>a delegate: "ปฏิบัติราชการแทน ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา…", basis the delegation;</li>
 *   <li>the superior when nobody below may decide: in her own name and role, basis "ในฐานะผู้บังคับบัญชา
 *       ของ …".</li>
 * </ul>
 *
 * @param name the signer's name with title ("นางนันทน์ภัส เกียรติมาพรศักดิ์"), printed in brackets
 * @param position the signer's own position; may be null
 * @param actingLine the acting line; null when there is none
 * @param basisLine what the acting rests on ("ตามคำสั่งที่ 275/2561 ข้อ 1.10"); null when none
 */
public record SignatureBlock(String name, String position, String actingLine, String basisLine) {

  /** On what ground the signer signs. */
  public enum Kind {
    OWN, STAND_IN, ACTING_HEAD, DELEGATION, ESCALATION
  }

  /** The Thai acting wording of a kind: "ปฏิบัติหน้าที่แทน", "รักษาราชการแทน", "ปฏิบัติราชการแทน"; null otherwise. */
  public static String wording(Kind kind) {
    return switch (kind) {
      case STAND_IN -> "ปฏิบัติหน้าที่แทน";
      case ACTING_HEAD -> "รักษาราชการแทน";
      case DELEGATION -> "ปฏิบัติราชการแทน";
      case OWN, ESCALATION -> null;
    };
  }

  /**
   * @param ownActingRole the acting role the order in force on the signing day gives the signer, as
   *     printed; used when signing in one's own right or as superior
   * @param principalTitle the post signed for: the unit director's role, or the office director's title
   * @param basis the reference the acting rests on ("คำสั่งที่ 275/2561 ข้อ 1.10", "การมอบอำนาจเลขที่ 12
   *     (คำสั่งที่ 312/2568)"), or for an escalation the whole phrase ("ในฐานะผู้บังคับบัญชาของ …")
   */
  public static SignatureBlock of(String name, String ownPosition, String ownActingRole, Kind kind,
      String principalTitle, String basis) {
    Kind k = kind == null ? Kind.OWN : kind;
    String role = blankToNull(ownActingRole);
    return switch (k) {
      case OWN -> new SignatureBlock(name, blankToNull(ownPosition), role, null);
      case ESCALATION -> new SignatureBlock(name, blankToNull(ownPosition), role, blankToNull(basis));
      case STAND_IN, ACTING_HEAD, DELEGATION -> new SignatureBlock(name, blankToNull(ownPosition),
          wording(k) + (blankToNull(principalTitle) == null ? "" : " " + principalTitle.strip()), basisLine(basis));
    };
  }

  private static String basisLine(String basis) {
    String b = blankToNull(basis);
    if (b == null) {
      return null;
    }
    return b.startsWith("ตาม") ? b : "ตาม" + b;
  }

  /** The printed lines after the signature dots: "(name)", position, acting line, basis line. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    out.add("(" + name + ")");
    if (position != null) {
      out.add(position);
    }
    if (actingLine != null) {
      out.add(actingLine);
    }
    if (basisLine != null) {
      out.add(basisLine);
    }
    return out;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
