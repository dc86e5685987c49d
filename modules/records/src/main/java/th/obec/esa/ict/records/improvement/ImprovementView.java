package th.obec.esa.ict.records.improvement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import th.obec.esa.ict.records.common.RecordState;

/**
 * An F16 record; {@code reportAvailable} when its F17 is issued (state REPORTED).
 *
 * @param number "F16-2569/001"
 */
public record ImprovementView(long id, String number, int fiscalYear, String title, String workProcess,
    Set<Target> targets, String problemBefore, String actionTaken, LocalDate startDate, LocalDate endDate,
    List<String> team, List<IndicatorView> indicators, String result, String qualitativeOutcome, String nextSteps,
    RecordState state, LocalDate recordedOn, OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt,
    String updatedBy, OffsetDateTime reportedAt, String reportedBy, String reporterName, String reporterPosition,
    boolean reportAvailable) {

  public ImprovementView {
    EnumSet<Target> t = EnumSet.noneOf(Target.class);
    t.addAll(targets);
    targets = Collections.unmodifiableSet(t);
    team = team == null ? List.of() : List.copyOf(team);
    indicators = List.copyOf(indicators);
  }
}
