package th.obec.esa.ict.forms.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A yearly plan as read: its submission (id, letter number, state), process, fiscal year (B.E.),
 * budget (the activities' sum), activities and chain of review and approval.
 *
 * @param state the submission's state (DRAFT, SUBMITTED, REVIEWED, APPROVED, REJECTED, CORRECTION, WITHDRAWN…)
 */
public record PlanSheet(long id, String number, String state, int process, int fiscalYear, String subject,
    String body, BigDecimal budget, String proposedByUid, String proposedByName, LocalDate proposedOn,
    List<ActivityLine> activities, List<Signed> chain) implements Serializable {

  /** An activity with the responsible person as the order named them when the plan was drafted. */
  public record ActivityLine(int no, String title, LocalDate startsOn, LocalDate endsOn, String responsibleUid,
      String responsibleName, String responsiblePosition, BigDecimal budget, int progress, String progressNote,
      OffsetDateTime progressAt) implements Serializable {}

  /**
   * A link of the chain: who acted, for whom, and the wording printed under the signature
   * ("ปฏิบัติหน้าที่แทน ผู้อำนวยการ…" for a stand-in, "ปฏิบัติราชการแทน ผู้อำนวยการ…" under a
   * delegation; null in one's own right).
   */
  public record Signed(String action, String actorUid, String actorName, String actorPosition, String actingForUid,
      String actingForName, String actingLine, String basisKind, String basis, OffsetDateTime at, String comment)
      implements Serializable {}

  /** Whether the plan has been approved (and may record progress). */
  public boolean approved() {
    return "APPROVED".equals(state) || "IN_PROGRESS".equals(state) || "DONE".equals(state);
  }
}
