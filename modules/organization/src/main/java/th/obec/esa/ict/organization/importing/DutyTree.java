package th.obec.esa.ict.organization.importing;

import java.util.HashMap;
import java.util.Map;
import th.obec.esa.ict.organization.order.DutyLineKind;
import th.obec.esa.ict.organization.order.DutyNumber;

/**
 * Rebuilds a person's nested duty tree from the flat, numbered lines of a file: "1.2.1" hangs
 * under "1.2", a list line under the last numbered duty before it. A number whose parent is not
 * in the file (an excerpt cut it) is kept at its printed depth without a parent, and reported.
 */
final class DutyTree {

  private DutyTree() {}

  static void build(ParsedOrder.Person person, ParsedOrder out) {
    Map<String, Integer> byNumber = new HashMap<>();
    int lastDuty = -1;
    for (int i = 0; i < person.lines.size(); i++) {
      ParsedOrder.Line line = person.lines.get(i);
      if (line.kind == DutyLineKind.ITEM) {
        if (lastDuty < 0) {
          out.add(line.row, AnomalyCode.ITEM_WITHOUT_DUTY, line.marker);
          continue;
        }
        line.parent = lastDuty;
        line.depth = person.lines.get(lastDuty).depth + 1;
        continue;
      }
      if (byNumber.containsKey(line.number)) {
        out.add(line.row, AnomalyCode.DUPLICATE_DUTY_NUMBER, line.number);
        continue;
      }
      line.depth = DutyNumber.depth(line.number);
      String parentNumber = DutyNumber.parent(line.number);
      if (parentNumber != null) {
        Integer parent = byNumber.get(parentNumber);
        if (parent == null) {
          line.parentMissing = true;
          out.add(line.row, AnomalyCode.PARENT_NOT_PRINTED, line.number + " (" + parentNumber + ")");
        } else {
          line.parent = parent;
        }
      }
      if (DutyNumber.sequence(line.number) != person.sequence) {
        out.add(line.row, AnomalyCode.NUMBER_NOT_OF_PERSON, line.number + " (" + person.sequence + ")");
      }
      if (lastDuty >= 0 && DutyNumber.compare(person.lines.get(lastDuty).number, line.number) >= 0) {
        out.add(line.row, AnomalyCode.OUT_OF_ORDER, person.lines.get(lastDuty).number + " → " + line.number);
      }
      byNumber.put(line.number, i);
      lastDuty = i;
    }
  }
}
