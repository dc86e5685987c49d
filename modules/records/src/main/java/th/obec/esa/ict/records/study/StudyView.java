package th.obec.esa.ict.records.study;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import th.obec.esa.ict.records.common.RecordState;

/**
 * An F13 record; {@code reportAvailable} when its F15 is issued (state REPORTED), which
 * {@link StudyService#reportPdf} then prints.
 *
 * @param number "F13-2569/001"
 * @param recordedOn the day it was recorded (its fiscal year gives the number)
 */
public record StudyView(long id, String number, int fiscalYear, String title, String systemStudied,
    String objectives, String scopeMethod, LocalDate startDate, LocalDate endDate, List<String> team,
    String findings, String problems, String recommendations, RecordState state, LocalDate recordedOn,
    OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy,
    OffsetDateTime reportedAt, String reportedBy, String reporterName, String reporterPosition,
    boolean reportAvailable) {

  public StudyView {
    team = team == null ? List.of() : List.copyOf(team);
  }
}
