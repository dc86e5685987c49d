package th.obec.esa.ict.delegation.api;

import java.io.Serializable;

/**
 * The ground on which someone acts for {@code principalUid}: an order's clause (order number and
 * duty number) or a delegation (its id and its order or memo). {@link #thaiText} is the wording
 * printed approvals and the audit trail carry.
 */
public record Basis(BasisKind kind, String principalUid, String principalName, String orderNumber, String dutyNumber,
    Long delegationId, String reference) implements Serializable {

  public static Basis own(String uid, String name) {
    return new Basis(BasisKind.OWN, uid, name, null, null, null, null);
  }

  /** For example "ปฏิบัติหน้าที่แทน นางนันทน์ภัส เกียรติมาพรศักดิ์ ตามคำสั่งที่ 275/2561 ข้อ 1.10". */
  public String thaiText() {
    String who = principalName == null ? principalUid : principalName;
    return switch (kind) {
      case OWN -> "";
      case STAND_IN, ACTING_HEAD -> kind.thaiWording() + " " + who + " ตามคำสั่งที่ " + orderNumber + " ข้อ " + dutyNumber;
      case DELEGATION -> kind.thaiWording() + " " + who + " ตามการมอบอำนาจเลขที่ " + delegationId
          + (reference == null ? "" : " (" + reference + ")");
      case ESCALATION -> kind.thaiWording() + "ของ " + who;
    };
  }

  /** The same in English, for English pages and the REST API. */
  public String englishText() {
    String who = principalName == null ? principalUid : principalName;
    return switch (kind) {
      case OWN -> "";
      case STAND_IN, ACTING_HEAD -> kind.englishWording() + " " + who + " under order " + orderNumber + ", duty " + dutyNumber;
      case DELEGATION -> kind.englishWording() + " " + who + ", delegation no. " + delegationId
          + (reference == null ? "" : " (" + reference + ")");
      case ESCALATION -> kind.englishWording() + " " + who;
    };
  }

  /** The short form kept with the actor (the audit trail's basis holds 200 characters). */
  public String shortText() {
    String t = thaiText();
    return t.length() <= 200 ? t : t.substring(0, 199) + "…";
  }
}
