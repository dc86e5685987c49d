package th.obec.esa.ict.forms.spec;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The committee's rules for comparing offers, pure: an offer complies when it meets or exceeds
 * every line of the spec (an unanswered line is not met), and the winner of an item is the
 * cheapest compliant offer, not merely the cheapest; at equal prices the earlier offer.
 */
public final class ComparisonRules {

  private static final Comparator<Candidate> CHEAPEST = Comparator.comparing(Candidate::unitPrice)
      .thenComparingInt(Candidate::offerNo);

  private ComparisonRules() {}

  /**
   * @param requiredLines the spec's line numbers an offer must meet (removed lines excluded)
   * @param answers the vendor's answers by line number
   */
  public static boolean compliant(List<Integer> requiredLines, Map<Integer, Answer> answers) {
    return requiredLines.stream().allMatch(n -> answers.get(n) != null && answers.get(n).complies());
  }

  /** The lines an offer does not meet: answered DOES_NOT_MEET or not answered. */
  public static List<Integer> failedLines(List<Integer> requiredLines, Map<Integer, Answer> answers) {
    return requiredLines.stream().filter(n -> answers.get(n) == null || !answers.get(n).complies()).toList();
  }

  /** Per item number, the offer number of the cheapest compliant offer; items without one are absent. */
  public static Map<Integer, Integer> winners(List<Candidate> offers) {
    Map<Integer, Integer> out = new TreeMap<>();
    offers.stream().map(Candidate::itemNo).distinct().forEach(item -> winner(offers, item)
        .ifPresent(c -> out.put(item, c.offerNo())));
    return out;
  }

  public static Optional<Candidate> winner(List<Candidate> offers, int itemNo) {
    return offers.stream().filter(c -> c.itemNo() == itemNo && c.compliant()).min(CHEAPEST);
  }

  /** The cheapest offer for the item, compliant or not: shown beside the winner when they differ. */
  public static Optional<Candidate> cheapest(List<Candidate> offers, int itemNo) {
    return offers.stream().filter(c -> c.itemNo() == itemNo).min(CHEAPEST);
  }
}
