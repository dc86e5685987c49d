package th.obec.esa.ict.records.improvement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An F16 as the ICT officer types it.
 *
 * @param workProcess the work process improved (free text)
 * @param targets whose systems it serves: at least one of OFFICE, SCHOOLS, OBEC
 * @param actionTaken what was done, the ICT used
 * @param indicators 0..n measured indicators, in the order to print
 * @param result the result / outcome; needed for the F17
 * @param qualitativeOutcome the outcome stated in words when nothing was measured; the F17 needs
 *     this or at least one indicator
 */
public record ImprovementInput(String title, String workProcess, Set<Target> targets, String problemBefore,
    String actionTaken, LocalDate startDate, LocalDate endDate, List<String> team, List<IndicatorInput> indicators,
    String result, String qualitativeOutcome, String nextSteps) {}
