package th.obec.esa.ict.organization.order;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** One printed duty line with the lines nested under it, as the order prints the tree. */
public record DutyNode(long id, String kind, String number, String marker, int depth, String text, String reviewNote,
    long version, List<DutyNode> children) implements Serializable {

  /** Rebuilds the tree from lines in printed order; a line whose parent is not printed is a root. */
  public static List<DutyNode> tree(List<DutyLine> lines) {
    Map<DutyLine, List<DutyNode>> childrenOf = new IdentityHashMap<>();
    Map<Long, DutyLine> byId = new HashMap<>();
    for (DutyLine l : lines) {
      byId.put(l.getId(), l);
      childrenOf.put(l, new ArrayList<>());
    }
    List<DutyNode> roots = new ArrayList<>();
    List<DutyLine> reversed = new ArrayList<>(lines);
    Collections.reverse(reversed);
    Map<DutyLine, DutyNode> built = new IdentityHashMap<>();
    for (DutyLine l : reversed) {
      List<DutyNode> kids = new ArrayList<>(childrenOf.get(l));
      Collections.reverse(kids);
      DutyNode node = new DutyNode(l.getId(), l.getKind().name(), l.getDutyNumber(), l.getItemMarker(), l.getDepth(),
          l.getDutyText(), l.getReviewNote(), l.getVersion(), List.copyOf(kids));
      built.put(l, node);
      DutyLine parent = l.getParent() == null ? null : byId.get(l.getParent().getId());
      if (parent == null) {
        roots.add(node);
      } else {
        childrenOf.get(parent).add(node);
      }
    }
    Collections.reverse(roots);
    return roots;
  }

  /** The label printed before the text: the duty number, or the item marker. */
  public String label() {
    return number != null ? number : marker == null ? "" : marker;
  }

  public boolean isDuty() {
    return "DUTY".equals(kind);
  }

  /** Every node of the tree in printed order, for flat tables and the printable order. */
  public static List<DutyNode> flatten(List<DutyNode> roots) {
    List<DutyNode> out = new ArrayList<>();
    for (DutyNode n : roots) {
      out.add(n);
      out.addAll(flatten(n.children()));
    }
    return out;
  }
}
