package th.obec.esa.ict.reports.process;

import java.util.List;
import java.util.Set;

/**
 * The reports the system generates from recorded data (never typed), and which processes they
 * belong to: a process has a report when it uses one of the report's source forms.
 */
public enum ProcessReport {
  F10("แบบสรุปผลการดำเนินงาน", "Work summary", Set.of("F08", "F09", "F10")),
  F12("แบบรายงานสรุปผลการประเมิน", "Evaluation summary report", Set.of("F11", "F12", "F18", "F19", "F20", "F22")),
  F15("แบบรายงานผลการศึกษาวิเคราะห์", "Study report", Set.of("F13", "F15")),
  F17("แบบรายงานผลการพัฒนา ปรับปรุง และประยุกต์ใช้ ICT", "ICT improvement report", Set.of("F16", "F17")),
  F21("แบบรายงานสรุปผลการดำเนินงานในรอบปี", "Yearly work summary report", Set.of("F21"));

  private final String nameTh;
  private final String nameEn;
  private final Set<String> sources;

  ProcessReport(String nameTh, String nameEn, Set<String> sources) {
    this.nameTh = nameTh;
    this.nameEn = nameEn;
    this.sources = sources;
  }

  public String nameTh() {
    return nameTh;
  }

  public String nameEn() {
    return nameEn;
  }

  /** The reports that apply to a process using these forms, in form order. */
  public static List<ProcessReport> forForms(List<String> formCodes) {
    return java.util.Arrays.stream(values()).filter(r -> formCodes.stream().anyMatch(r.sources::contains)).toList();
  }

  /**
   * The printed report of one case: MEMO (the forms module's memo of a request), F12 for an
   * evaluation, F15 for a study, F17 for an improvement; null for a return round.
   */
  public static String ofCase(String kind) {
    if (kind == null) {
      return null;
    }
    return switch (kind) {
      case "SUBMISSION" -> "MEMO";
      case "EVALUATION" -> F12.name();
      case "STUDY" -> F15.name();
      case "IMPROVEMENT" -> F17.name();
      default -> null;
    };
  }
}
