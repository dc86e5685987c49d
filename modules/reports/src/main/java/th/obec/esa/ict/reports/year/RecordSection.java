package th.obec.esa.ict.reports.year;

import java.util.List;
import th.obec.esa.ict.reports.port.RecordLine;

/**
 * Section 6: the studies (F13, reported by F15) and ICT improvements (F16, reported by F17) of the year.
 *
 * @param studiesReported the studies whose F15 was issued
 * @param improvementsReported the improvements whose F17 was issued
 */
public record RecordSection(List<RecordLine> studies, List<RecordLine> improvements, int studiesReported,
    int improvementsReported) {

  public RecordSection {
    studies = List.copyOf(studies);
    improvements = List.copyOf(improvements);
  }

  public boolean empty() {
    return studies.isEmpty() && improvements.isEmpty();
  }
}
