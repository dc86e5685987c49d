package th.obec.esa.ict.reports.process;

import java.util.List;
import th.obec.esa.ict.reports.port.CaseLine;

/** How many cases stand in each state group (OPEN, IN_PROGRESS, DONE, REFUSED). */
public record StateCounts(int open, int inProgress, int done, int refused) {

  public static final StateCounts NONE = new StateCounts(0, 0, 0, 0);

  public int total() {
    return open + inProgress + done + refused;
  }

  /** Counts the cases by their state group; an unknown group counts as open, so that nothing hides. */
  public static StateCounts of(List<CaseLine> cases) {
    int open = 0;
    int inProgress = 0;
    int done = 0;
    int refused = 0;
    for (CaseLine c : cases) {
      String g = c.stateGroup() == null ? "" : c.stateGroup();
      switch (g) {
        case "IN_PROGRESS" -> inProgress++;
        case "DONE" -> done++;
        case "REFUSED" -> refused++;
        default -> open++;
      }
    }
    return new StateCounts(open, inProgress, done, refused);
  }
}
