package th.obec.esa.ict.records.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.platform.time.ThaiDates;
import th.obec.esa.ict.records.common.RecordsClock;

/** The wording shared by the printed reports. */
public final class ReportTexts {

  private ReportTexts() {}

  /** "1 มิถุนายน 2569 ถึง 30 กันยายน 2569", or one end alone, or "-". */
  public static String period(LocalDate start, LocalDate end) {
    if (start == null && end == null) {
      return "-";
    }
    if (end == null) {
      return "ตั้งแต่ " + ThaiDates.formatLong(start, ThaiDates.THAI);
    }
    if (start == null) {
      return "ถึง " + ThaiDates.formatLong(end, ThaiDates.THAI);
    }
    return ThaiDates.formatLong(start, ThaiDates.THAI) + " ถึง " + ThaiDates.formatLong(end, ThaiDates.THAI);
  }

  /** The team as numbered lines. */
  public static String team(List<String> team) {
    if (team == null || team.isEmpty()) {
      return "-";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < team.size(); i++) {
      if (i > 0) {
        sb.append('\n');
      }
      sb.append(i + 1).append(". ").append(team.get(i));
    }
    return sb.toString();
  }

  /** "วันที่ 15 กรกฎาคม 2569" in the office's calendar, or null. */
  public static String dateLine(OffsetDateTime at) {
    if (at == null) {
      return null;
    }
    LocalDate day = at.atZoneSameInstant(OfficeTime.ZONE).toLocalDate();
    return "วันที่ " + ThaiDates.formatLong(day, ThaiDates.THAI);
  }

  /** The director's title under the opinion: "ผู้อำนวยการ" and the office's name. */
  public static String directorTitle(ReportHead head) {
    return head == null || head.officeName() == null ? "ผู้อำนวยการ" : "ผู้อำนวยการ" + head.officeName();
  }
}
