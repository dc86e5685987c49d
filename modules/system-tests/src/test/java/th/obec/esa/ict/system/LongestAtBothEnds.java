package th.obec.esa.ict.system;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order in which the system test classes are handed to JUnit's threads, so that none is
 * left alone with a long class at the end (junit-platform.properties). JUnit forks the classes in
 * this order; one thread takes them from the front and the other, joining them in reverse, from the
 * back. So the longest go to both ends and the shortest meet in the middle. Without it the order was
 * the file system's, which differs from machine to machine.
 *
 * <p>The seconds are what each class took in a clean-clone run on 2 cores (bench/suite-times.sh);
 * a class not listed counts as {@value #UNLISTED} s. The order only spreads the work: every class
 * stands alone and passes in any order.
 */
public final class LongestAtBothEnds implements ClassOrderer {

  static final int UNLISTED = 10;

  private static final Map<String, Integer> SECONDS = Map.ofEntries(
      Map.entry("PhoneIT", 45),
      Map.entry("ProductionShapeIT", 45),
      Map.entry("EvaluationFlowsIT", 71),
      Map.entry("FormsFlowsIT", 58),
      Map.entry("AccessibilityIT", 60),
      Map.entry("FlowsIT", 38),
      Map.entry("DirectoryMatchingIT", 24),
      Map.entry("BadInputIT", 25),
      Map.entry("AccessMatrixIT", 20),
      Map.entry("KeyboardIT", 14),
      Map.entry("ReportsFlowsIT", 9),
      Map.entry("SystemIT", 7),
      Map.entry("HardeningIT", 5),
      Map.entry("MailIT", 5),
      Map.entry("RecordsFlowsIT", 5));

  @Override
  public void orderClasses(ClassOrdererContext context) {
    List<ClassDescriptor> longestFirst = new ArrayList<>(context.getClassDescriptors());
    longestFirst.sort(Comparator.comparingInt((ClassDescriptor c) -> -seconds(c))
        .thenComparing(c -> c.getTestClass().getName()));
    List<ClassDescriptor> front = new ArrayList<>();
    List<ClassDescriptor> back = new ArrayList<>();
    for (int i = 0; i < longestFirst.size(); i++) {
      (i % 2 == 0 ? front : back).add(longestFirst.get(i));
    }
    Collections.reverse(back);
    front.addAll(back);
    Map<ClassDescriptor, Integer> place = new HashMap<>();
    for (int i = 0; i < front.size(); i++) {
      place.put(front.get(i), i);
    }
    context.getClassDescriptors().sort(Comparator.comparingInt(place::get));
  }

  private static int seconds(ClassDescriptor c) {
    return SECONDS.getOrDefault(c.getTestClass().getSimpleName(), UNLISTED);
  }
}
