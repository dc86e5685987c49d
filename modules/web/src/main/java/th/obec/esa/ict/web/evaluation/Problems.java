package th.obec.esa.ict.web.evaluation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.obec.esa.ict.evaluation.form.InputRejectedException;
import th.obec.esa.ict.evaluation.form.Problem;
import th.obec.esa.ict.web.shell.Messages;

/**
 * Every problem of a refused evaluation or answer sheet, by the field the service named
 * ("title", "section-2-item-3", "item-1050"), as texts in the user's language, so a page shows
 * each one next to its own input rather than only the first at the top.
 */
public final class Problems implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<String, List<String>> byField = new LinkedHashMap<>();

  public void clear() {
    byField.clear();
  }

  public void add(InputRejectedException e) {
    for (Problem p : e.problems()) {
      byField.computeIfAbsent(p.field() == null ? "" : p.field(), k -> new ArrayList<>())
          .add(Messages.text(p.key(), p.args().toArray()));
    }
  }

  /** The texts for one field; empty when it is fine. */
  public List<String> of(String field) {
    return byField.getOrDefault(field, List.of());
  }

  /** The texts of every field that starts with a prefix ("section-2" gives the section's and its items'). */
  public List<String> under(String prefix) {
    List<String> out = new ArrayList<>();
    byField.forEach((f, texts) -> {
      if (f.equals(prefix) || f.startsWith(prefix + "-")) {
        out.addAll(texts);
      }
    });
    return out;
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  public boolean isEmpty() {
    return byField.isEmpty();
  }

  public int size() {
    return byField.values().stream().mapToInt(List::size).sum();
  }
}
