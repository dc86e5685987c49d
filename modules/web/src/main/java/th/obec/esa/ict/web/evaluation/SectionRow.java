package th.obec.esa.ict.web.evaluation;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import th.obec.esa.ict.evaluation.form.SectionInput;
import th.obec.esa.ict.evaluation.form.SectionView;

/** One section being edited: its title and its rating items, one per line as an officer types a list. */
public class SectionRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String title;
  private String items;

  public SectionRow() {}

  SectionRow(String title, String items) {
    this.title = title;
    this.items = items;
  }

  static SectionRow of(SectionView v) {
    return new SectionRow(v.title(), String.join("\n", v.items().stream().map(i -> i.text()).toList()));
  }

  /** The lines typed, blank lines left out: an empty line is a slip of the keyboard, not an item. */
  static List<String> lines(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  SectionInput input() {
    return new SectionInput(title, lines(items));
  }

  public String getTitle() { return title; }
  public void setTitle(String v) { title = v; }
  public String getItems() { return items; }
  public void setItems(String v) { items = v; }
}
