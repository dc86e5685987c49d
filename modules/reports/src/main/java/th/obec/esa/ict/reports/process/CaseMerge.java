package th.obec.esa.ict.reports.process;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import th.obec.esa.ict.reports.port.CaseLine;

/**
 * Merges the cases of several sources into one list, newest first. A source may answer with
 * forms not asked for, or two sources may report the same case: only the forms asked for are
 * kept, and a case (kind and id) appears once.
 */
public final class CaseMerge {

  /** Newest first (a case without a date last), then by kind and id, newest id first. */
  static final Comparator<CaseLine> NEWEST_FIRST = Comparator
      .comparing(CaseLine::date, Comparator.nullsFirst(Comparator.<java.time.LocalDate>naturalOrder())).reversed()
      .thenComparing(CaseLine::kind, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Comparator.comparingLong(CaseLine::id).reversed());

  private CaseMerge() {}

  public static List<CaseLine> merge(List<List<CaseLine>> sources, Set<String> formCodes, int max) {
    Map<String, CaseLine> unique = new LinkedHashMap<>();
    for (List<CaseLine> source : sources) {
      if (source == null) {
        continue;
      }
      for (CaseLine c : source) {
        if (c != null && formCodes.contains(c.formCode())) {
          unique.putIfAbsent(c.kind() + "#" + c.id(), c);
        }
      }
    }
    List<CaseLine> all = new ArrayList<>(unique.values());
    all.sort(NEWEST_FIRST);
    return all.size() > max ? List.copyOf(all.subList(0, max)) : List.copyOf(all);
  }
}
