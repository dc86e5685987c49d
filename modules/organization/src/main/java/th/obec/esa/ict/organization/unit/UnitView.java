package th.obec.esa.ict.organization.unit;

import java.io.Serializable;
import java.util.List;

/** A unit with its statutory duties (its own announcement's first) and its sub-units. */
public record UnitView(long id, String code, String kind, int ordinal, String labelPrinted, String nameTh, String nameEn,
    boolean reportsToHead, String statutoryNoteTh, String reviewNote, Long parentId, List<Duty> duties,
    List<UnitView> subUnits) implements Serializable {

  /** One statutory duty: printed letter, text, and which announcement gives it. */
  public record Duty(String marker, String text, String announcementCode, String reviewNote) implements Serializable {}

  public static UnitView of(Unit u, List<UnitView> subUnits) {
    return new UnitView(u.getId(), u.getCode(), u.getKind().name(), u.getOrdinal(), u.getLabelPrinted(), u.getNameTh(),
        u.getNameEn(), u.isReportsToHead(), u.getStatutoryNoteTh(), u.getReviewNote(),
        u.getParent() == null ? null : u.getParent().getId(),
        u.getDuties().stream().map(d -> new Duty(d.getMarkerPrinted(), d.getDutyText(), d.getAnnouncement().getCode(),
            d.getReviewNote())).toList(), subUnits);
  }
}
