package th.obec.esa.ict.assets.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

/**
 * Compares two editions. Items are matched by their normalised Thai name, not by number: each
 * edition renumbers its items, while the name of an item carried over stays the same. Where one
 * edition prints the same name twice, the n-th occurrence matches the n-th occurrence.
 */
public final class EditionDiff {

  private EditionDiff() {}

  public static EditionComparison compare(List<ItemSnapshot> older, List<ItemSnapshot> newer) {
    Map<String, ItemSnapshot> before = byKey(older);
    Map<String, ItemSnapshot> after = byKey(newer);
    List<ItemSnapshot> added = new ArrayList<>();
    List<ItemSnapshot> removed = new ArrayList<>();
    List<EditionComparison.ItemChange> changed = new ArrayList<>();
    int unchanged = 0;
    for (Map.Entry<String, ItemSnapshot> e : after.entrySet()) {
      ItemSnapshot old = before.get(e.getKey());
      if (old == null) {
        added.add(e.getValue());
        continue;
      }
      ItemSnapshot now = e.getValue();
      boolean priceChanged = old.referencePrice().compareTo(now.referencePrice()) != 0;
      boolean specChanged = !old.specLines().equals(now.specLines());
      if (priceChanged || specChanged) {
        changed.add(new EditionComparison.ItemChange(old, now, priceChanged, specChanged,
            minus(now.specLines(), old.specLines()), minus(old.specLines(), now.specLines())));
      } else {
        unchanged++;
      }
    }
    for (Map.Entry<String, ItemSnapshot> e : before.entrySet()) {
      if (!after.containsKey(e.getKey())) {
        removed.add(e.getValue());
      }
    }
    return new EditionComparison(added, removed, changed, unchanged);
  }

  private static Map<String, ItemSnapshot> byKey(List<ItemSnapshot> items) {
    Map<String, ItemSnapshot> map = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (ItemSnapshot item : items) {
      String key = Names.key(item.nameTh());
      int n = seen.merge(key, 1, Integer::sum);
      map.put(n == 1 ? key : key + "#" + n, item);
    }
    return map;
  }

  private static List<String> minus(List<String> lines, List<String> others) {
    Set<String> other = new HashSet<>();
    others.forEach(l -> other.add(Names.key(l)));
    List<String> result = new ArrayList<>();
    for (String line : lines) {
      if (!other.contains(Names.key(line))) {
        result.add(line);
      }
    }
    return result;
  }
}
