package th.obec.esa.ict.records.study;

import java.time.LocalDate;
import java.util.List;

/**
 * An F13 as the ICT officer types it. Findings, problems and recommendations may stay empty
 * while the study runs; the F15 needs findings and recommendations.
 *
 * @param team the working group, one name (with position if wished) per entry
 */
public record StudyInput(String title, String systemStudied, String objectives, String scopeMethod,
    LocalDate startDate, LocalDate endDate, List<String> team, String findings, String problems,
    String recommendations) {}
